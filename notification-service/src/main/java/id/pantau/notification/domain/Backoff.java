package id.pantau.notification.domain;

import java.time.Duration;

/**
 * Exponential backoff with "equal jitter": attempt n waits between half and all of
 * {@code min(max, initial * 2^(n-1))}. The jitter spreads the retries of many notices that failed
 * together (a platform outage) so they do not all hit the platform again in the same second.
 */
public record Backoff(Duration initial, Duration max) {

    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("Backoff needs 0 < initial <= max, got " + initial + " and " + max);
        }
    }

    /** The ceiling of the wait after the given failed attempt (1-based). */
    public Duration nominal(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt is 1-based: " + attempt);
        }
        int doublings = Math.min(attempt - 1, 62);
        long initialMillis = initial.toMillis();
        if (doublings >= Long.numberOfLeadingZeros(initialMillis) - 1) {
            return max; // the shift would overflow, and max is smaller anyway
        }
        Duration nominal = Duration.ofMillis(initialMillis << doublings);
        return nominal.compareTo(max) > 0 ? max : nominal;
    }

    /** @param random uniformly distributed in [0, 1) */
    public Duration delay(int attempt, double random) {
        if (random < 0 || random >= 1) {
            throw new IllegalArgumentException("random must be in [0, 1): " + random);
        }
        long ceiling = nominal(attempt).toMillis();
        long half = ceiling / 2;
        return Duration.ofMillis(ceiling - half + (long) (half * random));
    }
}
