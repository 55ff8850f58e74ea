package id.pantau.cases.console;

import id.pantau.cases.domain.CaseState;
import id.pantau.cases.rest.RequestParams;
import id.pantau.cases.service.QueueOrder;
import id.pantau.commons.problem.ProblemException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The review queue's filters and sort order as the console's form sends them. The queue itself is the API's
 * ({@link id.pantau.cases.service.CaseQueries#queue}): OPEN cases in the same orders with its opaque keyset
 * cursor, so the console and the API can never disagree about what comes next.
 */
public record QueueFilter(Optional<String> platform, Optional<String> account, Optional<String> rule,
        Optional<String> text, QueueOrder order, Optional<String> after, int pageSize) {

    public static final int PAGE_SIZE = 25;

    /** Reads the query parameters; anything unreadable is a 400, not a silently different queue. */
    public static QueueFilter parse(String platform, String account, String rule, String text, String after) {
        return parse(platform, account, rule, text, null, after);
    }

    public static QueueFilter parse(String platform, String account, String rule, String text, String sort,
            String after) {
        Optional<String> chosenPlatform = text(platform, "platform", 32).map(RequestParams::platform);
        return new QueueFilter(chosenPlatform, text(account, "account", 256), text(rule, "rule", 256),
                text(text, "search text", 200), QueueOrder.parse(sort), text(after, "cursor", 1024), PAGE_SIZE);
    }

    /** The API's filter: only OPEN cases, the rest as chosen. */
    public id.pantau.cases.service.QueueFilter toQuery() {
        return new id.pantau.cases.service.QueueFilter(CaseState.OPEN, platform.orElse(null), account.orElse(null),
                rule.orElse(null), text.orElse(null), null, null);
    }

    private static Optional<String> text(String raw, String name, int max) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String value = raw.trim();
        if (value.length() > max) {
            throw ProblemException.badRequest("The " + name + " is longer than " + max + " characters");
        }
        return Optional.of(value);
    }

    /** The same filters without a cursor: the query string of page one. */
    public String firstPageQuery() {
        StringBuilder query = new StringBuilder();
        platform.ifPresent(p -> append(query, "platform", p));
        account.ifPresent(a -> append(query, "account", a));
        rule.ifPresent(r -> append(query, "rule", r));
        text.ifPresent(q -> append(query, "q", q));
        if (order != QueueOrder.PRIORITY) {
            append(query, "sort", order.name().toLowerCase(Locale.ROOT));
        }
        return query.toString();
    }

    /** The query string of the page after the one shown. */
    public String nextPageQuery(String cursor) {
        StringBuilder query = new StringBuilder(firstPageQuery());
        append(query, "after", cursor);
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (!query.isEmpty()) {
            query.append('&');
        }
        query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
