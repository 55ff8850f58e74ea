package id.pantau.cases.console;

import id.pantau.cases.domain.Priority;
import id.pantau.commons.problem.ProblemException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * What the review queue shows: filters, an order and a cursor (the sort key and id of the last row
 * seen), so a page never repeats or skips a case when new ones arrive meanwhile.
 */
public record QueueFilter(Optional<String> platform, Optional<Priority> priority, Optional<Double> minScore,
        Sort sort, Optional<Cursor> after, int pageSize) {

    public enum Sort {
        NEWEST, OLDEST, SCORE
    }

    /** The last row of a page: its sort value (epoch micros or score) and its id. */
    public record Cursor(String value, UUID id) {

        public String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((value + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String raw) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(raw), StandardCharsets.UTF_8).split("\\|");
                if (parts.length != 2) {
                    throw new IllegalArgumentException("two parts expected");
                }
                Double.parseDouble(parts[0]);
                return new Cursor(parts[0], UUID.fromString(parts[1]));
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("Unreadable page cursor");
            }
        }

        static Cursor of(Instant createdAt, UUID id) {
            long micros = createdAt.getEpochSecond() * 1_000_000L + createdAt.getNano() / 1_000;
            return new Cursor(Long.toString(micros), id);
        }
    }

    public static final int PAGE_SIZE = 25;

    /** Reads the query parameters; anything unreadable is a 400, not a silently different queue. */
    public static QueueFilter parse(String platform, String priority, String minScore, String sort, String after) {
        return new QueueFilter(text(platform), priority(priority), score(minScore), sort(sort),
                text(after).map(Cursor::decode), PAGE_SIZE);
    }

    private static Optional<String> text(String raw) {
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw.trim());
    }

    private static Optional<Priority> priority(String raw) {
        return text(raw).map(value -> {
            try {
                return Priority.valueOf(value);
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("Unknown priority " + value);
            }
        });
    }

    private static Optional<Double> score(String raw) {
        return text(raw).map(value -> {
            try {
                return Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw ProblemException.badRequest("Minimum score is not a number: " + value);
            }
        });
    }

    private static Sort sort(String raw) {
        return text(raw).map(value -> {
            try {
                return Sort.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("Unknown sort " + value);
            }
        }).orElse(Sort.NEWEST);
    }

    /** The same filters and order without a cursor: the query string of page one. */
    public String firstPageQuery() {
        StringBuilder query = new StringBuilder("sort=").append(sort.name().toLowerCase(Locale.ROOT));
        platform.ifPresent(p -> query.append("&platform=").append(URLEncoder.encode(p, StandardCharsets.UTF_8)));
        priority.ifPresent(p -> query.append("&priority=").append(p.name()));
        minScore.ifPresent(s -> query.append("&minScore=").append(s));
        return query.toString();
    }
}
