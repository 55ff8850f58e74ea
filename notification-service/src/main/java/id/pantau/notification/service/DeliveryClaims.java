package id.pantau.notification.service;

import id.pantau.notification.config.DeliveryConfig;
import id.pantau.notification.domain.AttemptResult;
import id.pantau.notification.domain.Delivery;
import id.pantau.notification.domain.DeliveryAttempt;
import id.pantau.notification.domain.RetryPolicy;
import id.pantau.notification.domain.Platform;
import id.pantau.notification.domain.SecretCipher;
import id.pantau.notification.repository.DeliveryRepository;
import id.pantau.notification.repository.PlatformRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Claims due deliveries in a short transaction: rows are locked (SKIP LOCKED) only while their
 * lease is written, so the slow part, the HTTP call, happens with no transaction or lock open. A
 * claim is one statement for the whole batch; only deliveries a guard refuses are written again.
 */
@ApplicationScoped
public class DeliveryClaims {

    private static final Logger LOG = Logger.getLogger(DeliveryClaims.class);

    private final DeliveryRepository deliveries;
    private final PlatformRepository platforms;
    private final SecretCipher cipher;
    private final RetryPolicies policies;
    private final EndpointGuards guards;
    private final PlatformRateLimit rateLimit;
    private final Clock clock;
    private final Duration lease;

    public DeliveryClaims(DeliveryRepository deliveries, PlatformRepository platforms, SecretCipher cipher,
            RetryPolicies policies, EndpointGuards guards, PlatformRateLimit rateLimit, Clock clock,
            DeliveryConfig config) {
        this.policies = policies;
        this.rateLimit = rateLimit;
        this.guards = guards;
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
        return Panache.withTransaction(() -> deliveries.leaseDue(now, now.plus(lease), limit)
                .chain(due -> due.isEmpty()
                        ? Uni.createFrom().item(List.<WebhookCall>of())
                        : platforms.listAll().chain(all -> lease(due, byId(all), now))));
    }

    /** A delivery the breaker let through, waiting for its platform's rate limit. */
    private record Admitted(Delivery delivery, Platform platform, String url) {
    }

    /**
     * Keeps the leases the guards admit; the rest is postponed in the same transaction, no attempt
     * used. The breakers are asked first (in memory), then each platform's shared rate limit once
     * for all its deliveries in this claim.
     */
    private Uni<List<WebhookCall>> lease(List<Delivery> due, Map<String, Platform> platformsById, Instant now) {
        List<WebhookCall> calls = new ArrayList<>(due.size());
        // Sorted: replicas take the platforms' bucket rows in the same order and never deadlock.
        Map<String, List<Admitted>> byPlatform = new TreeMap<>();
        for (Delivery delivery : due) {
            Platform platform = platformsById.get(delivery.platform);
            String channel = platform == null ? null : platform.channelFor(delivery.channel);
            if (channel == null) {
                // Nothing to call: the attempt fails at once and is retried, which costs the platform nothing.
                calls.add(call(delivery, delivery.leaseToken, platform, now));
                continue;
            }
            String url = DeliveryAttempt.WEBHOOK.equals(channel) ? platform.webhookUrl : null;
            Optional<EndpointGuards.Postponement> open = guards.admit(url);
            if (open.isPresent()) {
                delivery.postpone(open.get().until(), open.get().reason(), now);
                continue;
            }
            byPlatform.computeIfAbsent(platform.id, id -> new ArrayList<>()).add(new Admitted(delivery, platform, url));
        }
        return Multi.createFrom().iterable(byPlatform.values())
                .onItem().transformToUniAndConcatenate(admitted -> rateLimit
                        .take(admitted.getFirst().platform(), admitted.size(), now)
                        .invoke(granted -> {
                            for (int i = 0; i < admitted.size(); i++) {
                                Admitted one = admitted.get(i);
                                if (i < granted) {
                                    calls.add(call(one.delivery(), one.delivery().leaseToken, one.platform(), now));
                                } else {
                                    guards.release(one.url());
                                    EndpointGuards.Postponement later = rateLimit.postponement(one.platform(), now);
                                    one.delivery().postpone(later.until(), later.reason(), now);
                                }
                            }
                        }))
                .collect().last()
                .replaceWith(calls);
    }

    private WebhookCall call(Delivery delivery, UUID attemptId, Platform platform, Instant now) {
        RetryPolicy policy = policies.of(platform);
        String channel = platform == null ? null : platform.channelFor(delivery.channel);
        if (channel == null) {
            return call(delivery, attemptId, null, null, AttemptResult.NO_ENDPOINT, DeliveryAttempt.WEBHOOK,
                    List.of(), null, "id", policy, null);
        }
        // The channel is stored with the attempt's outcome (AttemptRecorder), not here: writing it now
        // would cost every first claim an update of its own.
        String fallback = platform.fallbackAfter(channel);
        if (DeliveryAttempt.EMAIL.equals(channel)) {
            return call(delivery, attemptId, null, null, null, channel, platform.emails(), null,
                    platform.language, policy, fallback);
        }
        try {
            String secret = cipher.decrypt(platform.webhookSecret, platform.id);
            return call(delivery, attemptId, platform.webhookUrl, secret, null, channel, List.of(),
                    previousSecret(platform, now), platform.language, policy, fallback);
        } catch (SecretCipher.TamperedSecretException e) {
            // Never send unsigned: retry, so that fixing the key (or re-registering) lets it through.
            LOG.errorf("Webhook secret of platform %s cannot be decrypted: %s", platform.id, e.getMessage());
            return call(delivery, attemptId, null, null,
                    "webhook secret cannot be decrypted; re-register the endpoint or check the key", channel,
                    List.of(), null, platform.language, policy, fallback);
        }
    }

    /** The rotated-out secret while it still signs; one that cannot be decrypted just stops signing. */
    private String previousSecret(Platform platform, Instant now) {
        String previous = platform.previousSecretAt(now);
        if (previous == null) {
            return null;
        }
        try {
            return cipher.decrypt(previous, platform.id);
        } catch (SecretCipher.TamperedSecretException e) {
            LOG.errorf("Previous webhook secret of platform %s cannot be decrypted; signing with the current one only: %s",
                    platform.id, e.getMessage());
            return null;
        }
    }

    private static WebhookCall call(Delivery delivery, UUID attemptId, String url, String secret, String problem,
            String channel, List<String> emailTo, String previousSecret, String language,
            RetryPolicy policy, String fallback) {
        return new WebhookCall(delivery.id, attemptId, delivery.noticeId, delivery.platform, delivery.payload, url,
                secret, problem, channel, List.copyOf(emailTo), previousSecret, language,
                policy, fallback);
    }

    private static Map<String, Platform> byId(List<Platform> all) {
        return all.stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
    }
}
