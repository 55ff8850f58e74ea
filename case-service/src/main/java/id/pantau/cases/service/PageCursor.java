package id.pantau.cases.service;

import id.pantau.commons.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The opaque cursor of a keyset-paged list: the sort key of the last row handed out, so the next page
 * starts right after it however many rows were added meanwhile. Clients pass it back unchanged.
 */
final class PageCursor {

    private static final String SEPARATOR = "\n";

    private PageCursor() {
    }

    static String encode(List<String> sortKey) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, sortKey).getBytes(StandardCharsets.UTF_8));
    }

    /** The sort key in a cursor this service made; anything else is 400. */
    static List<String> decode(String cursor, int fields) {
        try {
            List<String> key = List.of(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)
                    .split(SEPARATOR, -1));
            if (key.size() == fields) {
                return key;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the same refusal as a cursor with the wrong number of fields
        }
        throw malformed();
    }

    static ProblemException malformed() {
        return ProblemException.badRequest("Malformed cursor; pass back the nextCursor of the previous page unchanged");
    }
}
