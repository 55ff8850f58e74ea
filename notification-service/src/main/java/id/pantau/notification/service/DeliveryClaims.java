package id.pantau.notification.service;

import id.pantau.notification.config.DeliveryConfig;
import id.pantau.notification.domain.AttemptResult;
import id.pantau.notification.domain.Delivery;
import id.pantau.notification.domain.Platform;
import id.pantau.notification.domain.SecretCipher;
import id.pantau.notification.repository.DeliveryRepository;
import id.pantau.notification.repository.PlatformRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Claims due deliveries in a short transaction: rows are locked (SKIP LOCKED) only while their
 * lease is written, so the slow part, the HTTP call, happens with no transaction or lock open.
 */
@ApplicationScoped
public class DeliveryClaims {

    private static final Logger LOG = Logger.getLogger(DeliveryClaims.class);

    private final DeliveryRepository deliveries;
    private final PlatformRepository platforms;
    private final SecretCipher cipher;
    private final Clock clock;
    private final Duration lease;

    public DeliveryClaims(DeliveryRepository deliveries, PlatformRepository platforms, SecretCipher cipher,
            Clock clock, DeliveryConfig config) {
        this.deliveries = deliveries;
        this.platforms = platforms;
        this.cipher = cipher;
        this.clock = clock;
        // A lease shorter than a call would let a second replica send while the first still waits.
        this.lease = config.lease().compareTo(config.timeout().multipliedBy(2)) < 0
                ? config.timeout().multipliedBy(2)
                : config.lease();
    }

    public Uni<List<WebhookCall>> claim(int limit) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> deliveries.lockDue(now, limit)
                .chain(due -> due.isEmpty()
                        ? Uni.createFrom().item(List.<WebhookCall>of())
                        : platforms.listAll().map(all -> lease(due, byId(all), now))));
    }

    private List<WebhookCall> lease(List<Delivery> due, Map<String, Platform> platformsById, Instant now) {
        return due.stream().map(delivery -> {
            var attemptId = delivery.claim(now, lease);
            return call(delivery, attemptId, platformsById.get(delivery.platform));
        }).toList();
    }

    private WebhookCall call(Delivery delivery, UUID attemptId, Platform platform) {
        if (platform != null && !platform.hasEndpoint() && !platform.emails().isEmpty()) {
            return WebhookCall.email(delivery.id, attemptId, delivery.noticeId, delivery.platform, delivery.payload,
                    platform.emails());
        }
        if (platform == null || !platform.hasEndpoint()) {
            return new WebhookCall(delivery.id, attemptId, delivery.noticeId, delivery.platform, delivery.payload,
                    null, null, AttemptResult.NO_ENDPOINT);
        }
        try {
            String secret = cipher.decrypt(platform.webhookSecret, platform.id);
            return new WebhookCall(delivery.id, attemptId, delivery.noticeId, delivery.platform, delivery.payload,
                    platform.webhookUrl, secret, null);
        } catch (SecretCipher.TamperedSecretException e) {
            // Never send unsigned: retry, so that fixing the key (or re-registering) lets it through.
            LOG.errorf("Webhook secret of platform %s cannot be decrypted: %s", platform.id, e.getMessage());
            return new WebhookCall(delivery.id, attemptId, delivery.noticeId, delivery.platform, delivery.payload,
                    null, null, "webhook secret cannot be decrypted; re-register the endpoint or check the key");
        }
    }

    private static Map<String, Platform> byId(List<Platform> all) {
        return all.stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
    }
}
