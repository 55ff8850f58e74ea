package id.pantau.notification.rest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * A platform's retry schedule as ISO-8601 durations: the first wait, the longest wait, and the
 * longest a round of retries may span (at most a day: a notice that cannot get through in 24 h
 * needs a person, not more retries).
 */
public record RetryRequest(@NotNull Duration initialDelay, @NotNull Duration maxDelay, @NotNull Duration maxTotal) {

    static final Duration SHORTEST = Duration.ofMillis(100);
    static final Duration LONGEST_TOTAL = Duration.ofHours(24);

    @JsonIgnore
    @AssertTrue(message = "must satisfy 100 ms <= initialDelay <= maxDelay <= maxTotal <= 24 h")
    public boolean isOrdered() {
        if (initialDelay == null || maxDelay == null || maxTotal == null) {
            return true; // @NotNull reports these
        }
        return initialDelay.compareTo(SHORTEST) >= 0 && maxDelay.compareTo(initialDelay) >= 0
                && maxTotal.compareTo(maxDelay) >= 0 && maxTotal.compareTo(LONGEST_TOTAL) <= 0;
    }
}
