package id.pantau.cases.console;

import id.pantau.cases.domain.CaseState;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The console's read-only views that the case API does not offer (a filtered, keyset-paged queue and the
 * per-platform compliance figures), as plain SQL on the reactive pool: aggregates, not entities.
 */
@ApplicationScoped
public class ConsoleQueries {

    private final Pool pool;
    private final Clock clock;

    public ConsoleQueries(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    public Uni<QueuePage> queue(QueueFilter filter) {
        List<Object> params = new ArrayList<>();
        params.add(CaseState.OPEN.name());
        StringBuilder sql = new StringBuilder("""
                select id, priority, score, platform, author_handle, author_id, external_id, created_at
                  from takedown_case where state = $1""");
        filter.platform().ifPresent(p -> sql.append(" and platform = ").append(bind(params, p)));
        filter.priority().ifPresent(p -> sql.append(" and priority = ").append(bind(params, p.name())));
        filter.minScore().ifPresent(s -> sql.append(" and score >= ").append(bind(params, s)));
        // Keyset paging: rows strictly after the last one seen, in the page's order (ties broken by id).
        filter.after().ifPresent(cursor -> sql.append(switch (filter.sort()) {
            case NEWEST -> after(params, "created_at", "<", micros(cursor.value()), cursor.id());
            case OLDEST -> after(params, "created_at", ">", micros(cursor.value()), cursor.id());
            case SCORE -> after(params, "score", "<", Double.parseDouble(cursor.value()), cursor.id());
        }));
        sql.append(switch (filter.sort()) {
            case NEWEST -> " order by created_at desc, id desc";
            case OLDEST -> " order by created_at asc, id asc";
            case SCORE -> " order by score desc, id desc";
        });
        sql.append(" limit ").append(filter.pageSize() + 1);
        Instant now = clock.instant();
        return pool.preparedQuery(sql.toString()).execute(Tuple.from(params)).map(rows -> {
            List<QueueRow> found = new ArrayList<>();
            for (Row row : rows) {
                Instant created = row.getOffsetDateTime("created_at").toInstant();
                String handle = row.getString("author_handle");
                found.add(new QueueRow(row.getUUID("id"), row.getString("priority"), row.getDouble("score"),
                        row.getString("platform"), handle != null ? "@" + handle : row.getString("author_id"),
                        row.getString("external_id"), created, Duration.between(created, now)));
            }
            if (found.size() <= filter.pageSize()) {
                return new QueuePage(found, Optional.empty());
            }
            List<QueueRow> page = found.subList(0, filter.pageSize());
            QueueRow last = page.getLast();
            QueueFilter.Cursor next = filter.sort() == QueueFilter.Sort.SCORE
                    ? new QueueFilter.Cursor(Double.toString(last.score()), last.id())
                    : QueueFilter.Cursor.of(last.createdAt(), last.id());
            return new QueuePage(List.copyOf(page), Optional.of(next.encode()));
        });
    }

    /** The platforms that have cases, for the queue's filter. */
    public Uni<List<String>> platforms() {
        return pool.query("select distinct platform from takedown_case order by platform").execute()
                .map(rows -> {
                    List<String> names = new ArrayList<>();
                    rows.forEach(row -> names.add(row.getString("platform")));
                    return names;
                });
    }

    public Uni<List<Object[]>> casesByState() {
        return rows("""
                select platform, state, count(*) from takedown_case
                 group by platform, state order by platform, state""",
                Tuple.tuple(), row -> new Object[] {row.getString(0), row.getString(1), row.getLong(2)});
    }

    /**
     * Per platform: notices acted on in time, notices that were due (acted on, or past the deadline), and
     * the median seconds from delivery (or issue, if never delivered) to the platform's action.
     */
    public Uni<List<Object[]>> slaFigures() {
        return rows("""
                select platform,
                       count(*) filter (where actioned_at is not null and actioned_at <= deadline),
                       count(*) filter (where actioned_at is not null or deadline <= $1),
                       percentile_cont(0.5) within group (
                           order by extract(epoch from actioned_at - coalesce(delivered_at, created_at)))
                           filter (where actioned_at is not null)
                  from notice group by platform order by platform""",
                Tuple.of(now()), row -> new Object[] {row.getString(0), row.getLong(1), row.getLong(2),
                        row.getValue(3) == null ? null : ((Number) row.getValue(3)).doubleValue()});
    }

    /** Per platform: how many cases wait on the ministry (OPEN or PROPOSED) and the oldest one's age in seconds. */
    public Uni<List<Object[]>> backlog() {
        return rows("""
                select platform, count(*), extract(epoch from $1 - min(created_at))
                  from takedown_case where state in ('OPEN', 'PROPOSED') group by platform order by platform""",
                Tuple.of(now()), row -> new Object[] {row.getString(0), row.getLong(1),
                        ((Number) row.getValue(2)).doubleValue()});
    }

    private Uni<List<Object[]>> rows(String sql, Tuple params, java.util.function.Function<Row, Object[]> map) {
        return pool.preparedQuery(sql).execute(params).map(rows -> {
            List<Object[]> result = new ArrayList<>();
            rows.forEach(row -> result.add(map.apply(row)));
            return result;
        });
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static String after(List<Object> params, String column, String operator, Object value, UUID id) {
        return " and (%s, id) %s (%s, %s)".formatted(column, operator, bind(params, value), bind(params, id));
    }

    private static String bind(List<Object> params, Object value) {
        params.add(value);
        return "$" + params.size();
    }

    private static OffsetDateTime micros(String value) {
        long micros;
        try {
            micros = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw id.pantau.commons.problem.ProblemException.badRequest("Unreadable page cursor");
        }
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L)
                .atOffset(ZoneOffset.UTC);
    }

}
