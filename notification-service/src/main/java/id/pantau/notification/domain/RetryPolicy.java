package id.pantau.notification.domain;

import java.time.Duration;
import java.time.Instant;

/** Decides what a delivery becomes after an attempt. */
public record RetryPolicy(Backoff backoff, int maxAttempts) {

    public record Decision(DeliveryState state, Instant nextAttemptAt, String detail) {
    }

    /**
     * @param attemptInRound 1-based number of this attempt since the delivery was (re)queued
     * @param random uniformly distributed in [0, 1), for the jitter
     */
    public Decision decide(AttemptResult result, int attemptInRound, Instant now, double random) {
        if (result.delivered()) {
            return new Decision(DeliveryState.DELIVERED, null, result.describe());
        }
        if (!result.retryable()) {
            return new Decision(DeliveryState.FAILED, null, "platform refused the notice (" + result.describe() + ")");
        }
        if (attemptInRound >= maxAttempts) {
            return new Decision(DeliveryState.DEAD, null,
                    "gave up after " + attemptInRound + " attempts (" + result.describe() + ")");
        }
        Duration wait = backoff.delay(attemptInRound, random);
        if (result.retryAfter() != null && result.retryAfter().compareTo(wait) > 0) {
            // Honour the platform's Retry-After, but never beyond our own ceiling.
            wait = result.retryAfter().compareTo(backoff.max()) > 0 ? backoff.max() : result.retryAfter();
        }
        return new Decision(DeliveryState.RETRYING, now.plus(wait), result.describe());
    }
}
