package id.pantau.notification.service;

import id.pantau.commons.problem.ProblemException;
import id.pantau.notification.domain.Platform;
import id.pantau.notification.domain.SecretCipher;
import id.pantau.notification.repository.DeliveryRepository;
import id.pantau.notification.repository.PlatformRepository;
import id.pantau.notification.rest.EmailRequest;
import id.pantau.notification.rest.EndpointRequest;
import id.pantau.notification.rest.PlatformView;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

@ApplicationScoped
public class PlatformService {

    private final PlatformRepository platforms;
    private final DeliveryRepository deliveries;
    private final SecretCipher cipher;
    private final Access access;
    private final Validator validator;
    private final Clock clock;

    public PlatformService(PlatformRepository platforms, DeliveryRepository deliveries, SecretCipher cipher, Access access, Validator validator, Clock clock) {
        this.platforms = platforms;
        this.deliveries = deliveries;
        this.cipher = cipher;
        this.access = access;
        this.validator = validator;
        this.clock = clock;
    }

    public Uni<PlatformView> view(String platformId) {
        access.requireRead(platformId);
        return Panache.withSession(() -> find(platformId)).map(PlatformView::of);
    }

    /**
     * Scope is checked before the body so that a platform probing another platform's endpoint learns
     * nothing from validation messages.
     */
    public Uni<PlatformView> registerEndpoint(String platformId, EndpointRequest request) {
        access.requireWrite(platformId);
        String actor = access.actor();
        Instant now = clock.instant();
        return Panache.withTransaction(() -> find(platformId).chain(platform -> {
            validate(request, "A body {url, secret} is required.");
            platform.registerEndpoint(request.url(), cipher.encrypt(request.secret(), platform.id), actor, now);
            // Notices that were waiting for this endpoint go out now rather than at their next backoff.
            return deliveries.retryNow(platform.id, now).replaceWith(PlatformView.of(platform));
        }));
    }

    /** Same scoping as the webhook: admin, or the platform itself; checked before the body. */
    public Uni<PlatformView> registerEmails(String platformId, EmailRequest request) {
        access.requireWrite(platformId);
        String actor = access.actor();
        Instant now = clock.instant();
        return Panache.withTransaction(() -> find(platformId).chain(platform -> {
            validate(request, "A body {addresses: [...]} is required.");
            platform.registerEmails(request.addresses().stream().map(String::trim).distinct().toList(), actor, now);
            return deliveries.retryNow(platform.id, now).replaceWith(PlatformView.of(platform));
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
