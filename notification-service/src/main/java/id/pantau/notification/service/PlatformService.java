package id.pantau.notification.service;

import id.pantau.commons.problem.ProblemException;
import id.pantau.notification.config.WebhookConfig;
import id.pantau.notification.domain.Platform;
import id.pantau.notification.domain.PlatformSettings;
import id.pantau.notification.domain.SecretCipher;
import id.pantau.notification.repository.DeliveryRepository;
import id.pantau.notification.repository.PlatformRepository;
import id.pantau.notification.rest.EmailRequest;
import id.pantau.notification.rest.EndpointRequest;
import id.pantau.notification.rest.PlatformView;
import id.pantau.notification.rest.RetryRequest;
import id.pantau.notification.rest.RotationRequest;
import id.pantau.notification.rest.SettingsRequest;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

@ApplicationScoped
public class PlatformService {

    private final PlatformRepository platforms;
    private final DeliveryRepository deliveries;
    private final SecretCipher cipher;
    private final Access access;
    private final Validator validator;
    private final RetryPolicies policies;
    private final WebhookConfig webhook;
    private final EndpointAddresses addresses;
    private final Clock clock;

    public PlatformService(PlatformRepository platforms, DeliveryRepository deliveries, SecretCipher cipher, Access access,
            Validator validator, RetryPolicies policies, WebhookConfig webhook, EndpointAddresses addresses, Clock clock) {
        this.addresses = addresses;
        this.policies = policies;
        this.webhook = webhook;
        this.platforms = platforms;
        this.deliveries = deliveries;
        this.cipher = cipher;
        this.access = access;
        this.validator = validator;
        this.clock = clock;
    }

    public Uni<PlatformView> view(String platformId) {
        access.requireRead(platformId);
        return Panache.withSession(() -> find(platformId)).map(this::view);
    }

    /** Admin only (the resource says so): a platform does not choose its own rate limit or retries. */
    public Uni<PlatformView> applySettings(String platformId, SettingsRequest request) {
        String actor = access.actor();
        Instant now = clock.instant();
        return Panache.withTransaction(() -> find(platformId).chain(platform -> {
            validate(request, "A body {displayName, language, ratePerSecond, retry, active, channels} is required.");
            boolean reactivated = !platform.active && request.active();
            RetryRequest retry = request.retry();
            platform.applySettings(new PlatformSettings(request.displayName().trim(), request.language(),
                    request.ratePerSecond(), retry == null ? null : retry.initialDelay(),
                    retry == null ? null : retry.maxDelay(), retry == null ? null : retry.maxTotal(),
                    request.active(), request.channels()), actor, now);
            // Held notices of a platform that is active again go out now, not at their old backoff.
            Uni<Integer> release = reactivated ? deliveries.retryNow(platform.id, now) : Uni.createFrom().item(0);
            return release.replaceWith(() -> view(platform));
        }));
    }

    /**
     * A new signing secret; the old one keeps signing next to it for the overlap, so that the
     * platform's receivers accept Pantau's requests whichever secret they have been given yet.
     */
    public Uni<PlatformView> rotateSecret(String platformId, RotationRequest request) {
        access.requireWrite(platformId);
        String actor = access.actor();
        Instant now = clock.instant();
        return Panache.withTransaction(() -> find(platformId).chain(platform -> {
            validate(request, "A body {secret, overlap} is required.");
            Duration overlap = request.overlap() == null ? webhook.rotationOverlap() : request.overlap();
            if (overlap.isNegative() || overlap.compareTo(webhook.maxRotationOverlap()) > 0) {
                throw ProblemException.badRequest("overlap must be between PT0S and " + webhook.maxRotationOverlap() + ".");
            }
            if (!platform.hasEndpoint()) {
                throw ProblemException.conflict("Platform " + platformId
                        + " has no webhook endpoint; register one with PUT .../endpoint first.");
            }
            platform.rotateSecret(cipher.encrypt(request.secret(), platform.id), overlap, actor, now);
            return Uni.createFrom().item(view(platform));
        }));
    }

    private PlatformView view(Platform platform) {
        return PlatformView.of(platform, policies.of(platform), clock.instant());
    }

    /**
     * Scope is checked before the body so that a platform probing another platform's endpoint learns
     * nothing from validation messages.
     */
    public Uni<PlatformView> registerEndpoint(String platformId, EndpointRequest request) {
        access.requireWrite(platformId);
        String actor = access.actor();
        Instant now = clock.instant();
        validate(request, "A body {url, secret} is required.");
        return addresses.check(request.url()).chain(checked -> {
            // A name that does not resolve yet is accepted: it is checked again before every call.
            if (!checked.ok() && !checked.unresolved()) {
                throw ProblemException.badRequest("Webhook url refused: " + checked.problem() + ".");
            }
            return Panache.withTransaction(() -> find(platformId).chain(platform -> {
                platform.registerEndpoint(request.url(), cipher.encrypt(request.secret(), platform.id), actor, now);
                // Notices that were waiting for this endpoint go out now rather than at their next backoff.
                return deliveries.retryNow(platform.id, now).replaceWith(() -> view(platform));
            }));
        });
    }

    /** Same scoping as the webhook: admin, or the platform itself; checked before the body. */
    public Uni<PlatformView> registerEmails(String platformId, EmailRequest request) {
        access.requireWrite(platformId);
        String actor = access.actor();
        Instant now = clock.instant();
        return Panache.withTransaction(() -> find(platformId).chain(platform -> {
            validate(request, "A body {addresses: [...]} is required.");
            platform.registerEmails(request.addresses().stream().map(String::trim).distinct().toList(), actor, now);
            return deliveries.retryNow(platform.id, now).replaceWith(() -> view(platform));
        }));
    }

    private Uni<Platform> find(String platformId) {
        return platforms.findById(platformId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("No platform '" + platformId + "'."));
    }

    private <T> void validate(T request, String missing) {
        if (request == null) {
            throw ProblemException.badRequest(missing);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }
}
