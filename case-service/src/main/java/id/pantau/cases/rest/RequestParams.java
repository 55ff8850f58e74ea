package id.pantau.cases.rest;

import id.pantau.commons.problem.ProblemException;
import java.util.UUID;

/** Path and query parameters parsed by hand, so that a bad one is a problem+json and not a bare 404. */
final class RequestParams {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

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
