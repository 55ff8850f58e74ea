package id.pantau.cases.service;

import id.pantau.commons.problem.ProblemException;
import java.util.Arrays;
import java.util.Locale;

/**
 * The review queue's sort orders. {@code PRIORITY} is the triage order (URGENT first, then score, reach,
 * age); the others let a person look at the newest or oldest cases, or the highest score or reach, first.
 * Every order ends in the creation time and the id, so each one is a total order a keyset cursor can follow.
 */
public enum QueueOrder {
    PRIORITY, NEWEST, OLDEST, SCORE, REACH;

    /** The order a request names (any case), {@code PRIORITY} when it names none; an unknown one is 400. */
    public static QueueOrder parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return PRIORITY;
        }
        try {
            return valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("sort must be one of " + Arrays.toString(values()).toLowerCase(Locale.ROOT)
                    + ", not " + raw);
        }
    }
}
