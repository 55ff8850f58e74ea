package id.pantau.cases.repository;

import id.pantau.cases.domain.TakedownCase;
import id.pantau.cases.service.QueueFilter;
import id.pantau.cases.service.QueueOrder;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The review queue, by default in its triage order: URGENT before NORMAL, then higher score, then larger
 * reach, then older first, then id ({@link QueueOrder} has the others). Paged by keyset on exactly the
 * chosen order, so a page never repeats or skips a row whatever is added meanwhile (a row whose score
 * changes moves, like in any live queue).
 */
@ApplicationScoped
public class CaseQueue {

    /** The sort key of one row, as the cursor carries it. */
    public record Position(int priorityRank, double score, long reach, Instant createdAt, UUID id) {

        public static Position of(TakedownCase c) {
            return new Position(rank(c.priority.name()), c.score, c.reach, c.createdAt, c.id);
        }

        static int rank(String priority) {
            return "URGENT".equals(priority) ? 0 : 1;
        }
    }

    private static final String RANK = "(case when c.priority = 'URGENT' then 0 else 1 end)";

    public Uni<List<TakedownCase>> page(QueueFilter filter, Position after, int limit) {
        return page(filter, QueueOrder.PRIORITY, after, limit);
    }

    public Uni<List<TakedownCase>> page(QueueFilter filter, QueueOrder order, Position after, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.state() != null) {
            where.add("c.state = :state");
            params.put("state", filter.state().name());
        }
        if (filter.platform() != null) {
            where.add("c.platform = :platform");
            params.put("platform", filter.platform());
        }
        if (filter.authorId() != null) {
            where.add("c.author_id = :authorId");
            params.put("authorId", filter.authorId());
        }
        if (filter.ruleId() != null) {
            where.add("exists (select 1 from case_rule r where r.case_id = c.id and r.rule_id = :ruleId)");
            params.put("ruleId", filter.ruleId());
        }
        if (filter.text() != null) {
            where.add("""
                    (c.external_id ilike :text escape '\\' or c.url ilike :text escape '\\'
                     or c.author_handle ilike :text escape '\\' or c.author_id ilike :text escape '\\'
                     or exists (select 1 from evidence e where e.case_id = c.id and e.text ilike :text escape '\\'))""");
            params.put("text", "%" + likeEscaped(filter.text()) + "%");
        }
        if (filter.from() != null) {
            where.add("c.created_at >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("c.created_at < :to");
            params.put("to", filter.to());
        }
        if (after != null) {
            where.add(keysetAfter(order));
            params.put("afterAt", after.createdAt());
            params.put("afterId", after.id());
            switch (order) {
                case PRIORITY -> {
                    params.put("afterRank", after.priorityRank());
                    params.put("afterScore", -after.score());
                    params.put("afterReach", -after.reach());
                }
                case SCORE -> params.put("afterScore", -after.score());
                case REACH -> params.put("afterReach", -after.reach());
                case NEWEST, OLDEST -> {
                }
            }
        }
        String sql = "select c.* from takedown_case c"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by " + orderBy(order) + " limit :limit";
        params.put("limit", limit);
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql, TakedownCase.class);
            params.forEach(query::setParameter);
            return query.getResultList();
        });
    }

    private static String keysetAfter(QueueOrder order) {
        return switch (order) {
            case PRIORITY -> "(" + RANK + ", -c.score, -c.reach, c.created_at, c.id)"
                    + " > (:afterRank, :afterScore, :afterReach, :afterAt, :afterId)";
            case NEWEST -> "(c.created_at, c.id) < (:afterAt, :afterId)";
            case OLDEST -> "(c.created_at, c.id) > (:afterAt, :afterId)";
            case SCORE -> "(-c.score, c.created_at, c.id) > (:afterScore, :afterAt, :afterId)";
            case REACH -> "(-c.reach, c.created_at, c.id) > (:afterReach, :afterAt, :afterId)";
        };
    }

    private static String orderBy(QueueOrder order) {
        return switch (order) {
            case PRIORITY -> RANK + ", c.score desc, c.reach desc, c.created_at, c.id";
            case NEWEST -> "c.created_at desc, c.id desc";
            case OLDEST -> "c.created_at, c.id";
            case SCORE -> "c.score desc, c.created_at, c.id";
            case REACH -> "c.reach desc, c.created_at, c.id";
        };
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
