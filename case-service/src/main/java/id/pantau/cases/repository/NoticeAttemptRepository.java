package id.pantau.cases.repository;

import id.pantau.events.NoticeStatus;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Each delivery attempt of each notice as notification-service reported it ({@code notice.status}); the
 * notice row keeps only the latest. Stored once per notice and attempt, whatever is redelivered.
 */
@ApplicationScoped
public class NoticeAttemptRepository {

    /** One reported attempt; {@code httpStatus} and {@code detail} are null where the channel gave none. */
    public record Attempt(UUID noticeId, int attempt, String status, String channel, Integer httpStatus,
            String detail, Instant occurredAt) {
    }

    /** Runs in the caller's transaction; a report of an attempt already stored changes nothing. */
    public Uni<Void> record(NoticeStatus report, Instant receivedAt) {
        String detail = report.detail() == null || report.detail().length() <= 2000 ? report.detail()
                : report.detail().substring(0, 2000);
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        insert into notice_attempt (notice_id, attempt, case_id, status, channel, http_status, detail,
                                                    occurred_at)
                        values (:notice, :attempt, :caseId, :status, cast(:channel as varchar), cast(:httpStatus as integer),
                                cast(:detail as varchar), :at)
                        on conflict (notice_id, attempt) do nothing""")
                .setParameter("notice", report.noticeId())
                .setParameter("attempt", report.attempt())
                .setParameter("caseId", report.caseId())
                .setParameter("status", report.status().name())
                .setParameter("channel", report.channel())
                .setParameter("httpStatus", report.httpStatus())
                .setParameter("detail", detail)
                .setParameter("at", report.occurredAt() != null ? report.occurredAt() : receivedAt)
                .executeUpdate())
                .replaceWithVoid();
    }

    /** Every attempt of every notice of the case, in the order they happened. */
    public Uni<List<Attempt>> ofCase(UUID caseId) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        select notice_id, attempt, status, channel, http_status, detail, occurred_at
                          from notice_attempt where case_id = :caseId order by occurred_at, notice_id, attempt""",
                        Object[].class)
                .setParameter("caseId", caseId)
                .getResultList())
                .map(rows -> rows.stream().map(NoticeAttemptRepository::attempt).toList());
    }

    private static Attempt attempt(Object[] row) {
        return new Attempt((UUID) row[0], ((Number) row[1]).intValue(), (String) row[2], (String) row[3],
                row[4] == null ? null : ((Number) row[4]).intValue(), (String) row[5], instant(row[6]));
    }

    /** The driver hands timestamptz back as an OffsetDateTime or an Instant depending on the query. */
    private static Instant instant(Object value) {
        return switch (value) {
            case Instant at -> at;
            case OffsetDateTime at -> at.toInstant();
            case java.sql.Timestamp at -> at.toInstant();
            default -> throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
        };
    }
}
