package id.pantau.notification.service;

import id.pantau.notification.config.DeliveryConfig;
import id.pantau.notification.domain.AttemptResult;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Keeps Pantau from hammering a platform that is down: a circuit breaker per webhook endpoint
 * (resilience4j: opens after N consecutive failures, lets one probe through after the open period).
 * A delivery it refuses is postponed, not attempted: it uses up no attempt. State is in memory, per
 * replica; see the README for why that is enough. The rate limit is {@link PlatformRateLimit}, shared.
 */
@ApplicationScoped
public class EndpointGuards {

    /** Why a due delivery was not attempted now, and when to look at it again. */
    public record Postponement(Instant until, String reason) {
    }

    private final CircuitBreakerRegistry breakers;
    private final Duration openFor;
    private final Clock clock;

    @Inject
    public EndpointGuards(DeliveryConfig config, Clock clock) {
        this(config.breaker().failures(), config.breaker().openFor(), config.lease().multipliedBy(2), clock);
    }

    /** @param probeTimeout how long a half-open probe may stay unanswered before the circuit opens again */
    public EndpointGuards(int failures, Duration openFor, Duration probeTimeout, Clock clock) {
        this.clock = clock;
        this.openFor = openFor;
        this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                // The last N calls all failed = N consecutive failures.
                .slidingWindow(failures, failures, CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .failureRateThreshold(100)
                .waitDurationInOpenState(openFor)
                .permittedNumberOfCallsInHalfOpenState(1)
                // A probe whose answer never comes back (the replica died) must not keep the circuit half-open.
                .maxWaitDurationInHalfOpenState(probeTimeout)
                .clock(clock)
                .build());
    }

    /**
     * Asks the breaker of this webhook URL's endpoint for one call. Empty: go ahead, and report the
     * outcome with {@link #record}, or give the permission back with {@link #release} if the call is
     * not made after all.
     */
    public Optional<Postponement> admit(String webhookUrl) {
        if (webhookUrl != null && !breaker(webhookUrl).tryAcquirePermission()) {
            return Optional.of(new Postponement(clock.instant().plus(openFor),
                    "circuit open for " + endpoint(webhookUrl) + " after repeated failures; not attempted"));
        }
        return Optional.empty();
    }

    /** An admitted call that is not made (the rate limit refused it): a half-open probe stays available. */
    public void release(String webhookUrl) {
        if (webhookUrl != null) {
            breaker(webhookUrl).releasePermission();
        }
    }

    /** Feeds a webhook call's outcome to its endpoint's breaker. */
    public void record(String webhookUrl, AttemptResult result) {
        if (webhookUrl == null) {
            return;
        }
        CircuitBreaker breaker = breaker(webhookUrl);
        if (result.delivered() || !result.retryable()) {
            // A refusal (4xx) is the platform answering: the endpoint is up.
            breaker.onSuccess(result.latencyMs(), TimeUnit.MILLISECONDS);
        } else {
            breaker.onError(result.latencyMs(), TimeUnit.MILLISECONDS, new EndpointFailure(result.describe()));
        }
    }

    public CircuitBreaker.State state(String webhookUrl) {
        return breaker(webhookUrl).getState();
    }

    private CircuitBreaker breaker(String webhookUrl) {
        return breakers.circuitBreaker(endpoint(webhookUrl));
    }

    /** Scheme, host and port: paths on one server share its fate. */
    static String endpoint(String url) {
        try {
            URI uri = URI.create(url);
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            return uri.getScheme().toLowerCase() + "://" + uri.getHost().toLowerCase() + ":" + port;
        } catch (IllegalArgumentException | NullPointerException e) {
            return url;
        }
    }

    /** What the breaker counts; never thrown. */
    static final class EndpointFailure extends RuntimeException {
        EndpointFailure(String message) {
            super(message, null, false, false);
        }
    }
}
