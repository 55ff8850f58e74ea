package id.pantau.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.time.Duration;

@ConfigMapping(prefix = "pantau.delivery")
public interface DeliveryConfig {

    /** How often the worker looks for due deliveries (read by the scheduler expression too). */
    @WithDefault("1s")
    Duration pollInterval();

    /** Longest one webhook call may take, connection included. */
    @WithDefault("10s")
    Duration timeout();

    @WithDefault("30s")
    Duration initialBackoff();

    @WithDefault("6h")
    Duration maxBackoff();

    /** Longest a round of retries may span, from its first attempt to its last; per platform at most this. */
    @WithDefault("24h")
    Duration maxTotal();

    /** Attempts per round; after the last one the delivery is DEAD until a supervisor resends it. */
    @WithDefault("12")
    @Min(1)
    int maxAttempts();

    /**
     * How long a claimed delivery stays reserved for the worker that claimed it. Must exceed the
     * timeout: a lease that runs out while the call is still going lets another replica send again.
     */
    @WithDefault("2m")
    Duration lease();

    /** Most webhook calls one replica has in flight at once. */
    @WithDefault("64")
    @Min(1)
    int concurrency();

    /** The circuit breaker kept per webhook endpoint (scheme, host and port). */
    Breaker breaker();

    interface Breaker {

        /** Consecutive failed calls (5xx, 408, 429, timeout, connection error) that open the circuit. */
        @WithDefault("5")
        @Min(1)
        int failures();

        /** How long an open circuit refuses calls before one probe is let through (half-open). */
        @WithDefault("60s")
        Duration openFor();
    }
}
