package id.pantau.notification.service;

import id.pantau.notification.config.DeliveryConfig;
import id.pantau.notification.domain.Backoff;
import id.pantau.notification.domain.Platform;
import id.pantau.notification.domain.RetryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** A platform's own retry settings where it has them, the service defaults (pantau.delivery.*) elsewhere. */
@ApplicationScoped
public class RetryPolicies {

    private final DeliveryConfig config;

    public RetryPolicies(DeliveryConfig config) {
        this.config = config;
    }

    public RetryPolicy defaults() {
        return new RetryPolicy(new Backoff(config.initialBackoff(), config.maxBackoff()), config.maxAttempts(),
                config.maxTotal());
    }

    public RetryPolicy of(Platform platform) {
        if (platform == null) {
            return defaults();
        }
        Duration initial = orDefault(platform.retryInitialMs, config.initialBackoff());
        Duration max = orDefault(platform.retryMaxDelayMs, config.maxBackoff());
        Duration total = orDefault(platform.retryMaxTotalMs, config.maxTotal());
        // A platform that set only some values may end up with a default that contradicts them.
        if (max.compareTo(initial) < 0) {
            max = initial;
        }
        if (total.compareTo(initial) < 0) {
            total = initial;
        }
        return new RetryPolicy(new Backoff(initial, max), config.maxAttempts(), total);
    }

    private static Duration orDefault(Long millis, Duration fallback) {
        return millis == null ? fallback : Duration.ofMillis(millis);
    }
}
