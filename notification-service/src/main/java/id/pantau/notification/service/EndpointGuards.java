package id.pantau.notification.service;

import id.pantau.notification.config.DeliveryConfig;
import id.pantau.notification.domain.AttemptResult;
import id.pantau.notification.domain.Platform;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Keeps Pantau from hammering a platform: a circuit breaker per webhook endpoint (resilience4j:
 * opens after N consecutive failures, lets one probe through after the open period) and a rate limit
 * per platform. A delivery that either refuses is postponed, not attempted: it uses up no attempt.
 * State is in memory, per replica; see the README for why that is enough.
 */
@ApplicationScoped
public class EndpointGuards {

    /** Why a due delivery was not attempted now, and when to look at it again. */
    public record Postponement(Instant until, String reason) {
    }

    private static final Duration RATE_PERIOD = Duration.ofSeconds(1);

    private final CircuitBreakerRegistry breakers;
    private final RateLimiterRegistry limiters = RateLimiterRegistry.ofDefaults();
    private final Duration openFor;
    private final int replicas;
    private final Clock clock;

    @Inject
    public EndpointGuards(DeliveryConfig config, Clock clock) {
        this(config.breaker().failures(), config.breaker().openFor(), config.lease().multipliedBy(2), config.replicas(),
                clock);
    }

    /** @param probeTimeout how long a half-open probe may stay unanswered before the circuit opens again */
    public EndpointGuards(int failures, Duration openFor, Duration probeTimeout, int replicas, Clock clock) {
        this.clock = clock;
        this.openFor = openFor;
        this.replicas = replicas;
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
     * Asks both guards for one call to this platform (and, for a webhook, this URL). Empty: go ahead,
     * and report the outcome with {@link #record}.
     */
    public Optional<Postponement> admit(Platform platform, String webhookUrl) {
        Instant now = clock.instant();
        CircuitBreaker breaker = webhookUrl == null ? null : breaker(webhookUrl);
        if (breaker != null && !breaker.tryAcquirePermission()) {
            return Optional.of(new Postponement(now.plus(openFor),
                    "circuit open for " + endpoint(webhookUrl) + " after repeated failures; not attempted"));
        }
        if (!limiter(platform).acquirePermission()) {
            if (breaker != null) {
                breaker.releasePermission();
            }
            return Optional.of(new Postponement(now.plus(RATE_PERIOD),
                    "rate limit of " + platform.ratePerSecond + "/s reached; not attempted"));
        }
        return Optional.empty();
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

    /** Per platform and rate: a changed rate gets a fresh limiter, an old one is simply no longer asked. */
    private RateLimiter limiter(Platform platform) {
        int perReplica = Math.max(1, (platform.ratePerSecond + replicas - 1) / replicas);
        return limiters.rateLimiter(platform.id + "@" + perReplica, RateLimiterConfig.custom()
                .limitForPeriod(perReplica)
                .limitRefreshPeriod(RATE_PERIOD)
                .timeoutDuration(Duration.ZERO) // never wait: the claim transaction is open
                .build());
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
