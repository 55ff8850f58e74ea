package id.pantau.cases.rest;

import id.pantau.cases.domain.CaseState;
import id.pantau.commons.problem.ProblemException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Path and query parameters parsed by hand, so that a bad one is a problem+json and not a bare 404; the
 * console's pages read theirs with the same rules.
 */
public final class RequestParams {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;
    private static final Pattern PLATFORM = Pattern.compile("[a-z0-9][a-z0-9._-]{0,31}");

    private RequestParams() {
    }

    /** A malformed id names nothing that exists: 404, like an unknown one. */
    static UUID id(String raw, String what) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("No " + what + " " + raw);
        }
    }

    /** A query filter naming a malformed id is a bad request, not an empty answer. */
    static UUID optionalId(String raw, String name) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(raw.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(name + " must be a UUID, not " + raw);
        }
    }

    /** An ISO-8601 instant such as {@code 2026-11-01T00:00:00Z}, or null when absent. */
    static Instant optionalInstant(String raw, String name) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name + " must be an ISO-8601 instant such as 2026-11-01T00:00:00Z, not " + raw);
        }
    }

    /** Both bounds given: {@code from} must come before {@code to}. */
    static void range(Instant from, Instant to) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw ProblemException.badRequest("from must be before to");
        }
    }

    /** Free text filters are bounded so that a query cannot be made arbitrarily expensive. */
    static String optionalText(String raw, String name, int max) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > max) {
            throw ProblemException.badRequest(name + " is longer than " + max + " characters");
        }
        return raw.trim();
    }

    /** A case state by its name; absent when blank. */
    static CaseState optionalState(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return CaseState.valueOf(raw.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("Unknown state " + raw + "; one of " + Arrays.toString(CaseState.values()));
        }
    }

    static String optionalCursor(String raw) {
        return optionalText(raw, "cursor", 1000);
    }

    /** Platform names as the realm's {@code platform} claim spells them. */
    public static String platform(String raw) {
        if (raw == null || !PLATFORM.matcher(raw).matches()) {
            throw ProblemException.badRequest("A platform is 1 to 32 lower-case letters, digits, '.', '_' or '-', not " + raw);
        }
        return raw;
    }

    public static String optionalPlatform(String raw) {
        return raw == null || raw.isBlank() ? null : platform(raw.trim());
    }

    /** A calendar month, {@code yyyy-MM}; required. */
    public static YearMonth month(String raw) {
        if (raw == null || raw.isBlank()) {
            throw ProblemException.badRequest("month is required, as yyyy-MM (for example 2026-11)");
        }
        try {
            return YearMonth.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("month must be yyyy-MM (for example 2026-11), not " + raw);
        }
    }

    static int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // falls through to the same refusal as an out-of-range number
        }
        throw ProblemException.badRequest("limit must be a whole number from 1 to " + MAX_LIMIT + ", not " + raw);
    }
}
