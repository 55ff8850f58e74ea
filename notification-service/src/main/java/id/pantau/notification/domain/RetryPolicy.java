package id.pantau.notification.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Decides what a delivery becomes after an attempt. A round of attempts ends after maxAttempts, or
 * when the next attempt would fall later than maxTotal after the round began, whichever comes first.
 */
public record RetryPolicy(Backoff backoff, int maxAttempts, Duration maxTotal) {

    public RetryPolicy {
        if (maxAttempts < 1 || maxTotal.compareTo(backoff.initial()) < 0) {
            throw new IllegalArgumentException("RetryPolicy needs maxAttempts >= 1 and maxTotal >= initial delay");
        }
    }

    public record Decision(DeliveryState state, Instant nextAttemptAt, String detail) {
    }

    /**
     * @param attemptInRound 1-based number of this attempt since the delivery was (re)queued
     * @param roundStartedAt when this round of attempts began
     * @param random uniformly distributed in [0, 1), for the jitter
     */
    public Decision decide(AttemptResult result, int attemptInRound, Instant roundStartedAt, Instant now,
            double random) {
        if (result.delivered()) {
            return new Decision(DeliveryState.DELIVERED, null, result.describe());
        }
        if (result.refused()) {
            return new Decision(DeliveryState.FAILED, null, "not sent: " + result.describe());
        }
        if (!result.retryable()) {
            return new Decision(DeliveryState.FAILED, null, "platform refused the notice (" + result.describe() + ")");
        }
        if (attemptInRound >= maxAttempts) {
            return giveUp(attemptInRound, result);
        }
        Duration wait = backoff.delay(attemptInRound, random);
        if (result.retryAfter() != null && result.retryAfter().compareTo(wait) > 0) {
            // Honour the platform's Retry-After, but never beyond our own ceiling.
            wait = result.retryAfter().compareTo(backoff.max()) > 0 ? backoff.max() : result.retryAfter();
        }
        Instant next = now.plus(wait);
        if (roundStartedAt != null && next.isAfter(roundStartedAt.plus(maxTotal))) {
            return giveUp(attemptInRound, result);
        }
        return new Decision(DeliveryState.RETRYING, next, result.describe());
    }

    private static Decision giveUp(int attempts, AttemptResult result) {
        return new Decision(DeliveryState.DEAD, null, "gave up after " + attempts + " attempts (" + result.describe() + ")");
    }
}
