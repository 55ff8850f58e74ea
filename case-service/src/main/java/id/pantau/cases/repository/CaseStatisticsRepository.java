package id.pantau.cases.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * Aggregates computed by PostgreSQL (grouping, {@code percentile_cont} medians), so statistics cost one
 * round trip each however many cases there are. {@code from}/{@code to} bound the creation time of what
 * is counted (cases, notices) or the time of the event (actions, contests, escalations); null is unbounded.
 */
@ApplicationScoped
public class CaseStatisticsRepository {

    private static final Instant BEGINNING = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant END = Instant.parse("9999-01-01T00:00:00Z");

    /** {@code [platform, state, count]}. */
    public Uni<List<Object[]>> casesByPlatformAndState(Instant from, Instant to) {
        return rows("""
                select platform, state, count(*) from takedown_case
                 where created_at >= :from and created_at < :to group by platform, state order by platform, state""",
                from, to);
    }

    /** {@code [platform, median hours from notice to action, notices actioned]} over notices issued in the window. */
    public Uni<List<Object[]>> medianHoursToAction(Instant from, Instant to) {
        return rows("""
                select platform,
                       percentile_cont(0.5) within group (order by extract(epoch from (actioned_at - created_at))) / 3600.0,
                       count(*)
                  from notice
                 where actioned_at is not null and created_at >= :from and created_at < :to
                 group by platform order by platform""", from, to);
    }

    /**
     * {@code [platform, met, breached]}: notices issued in the window that were actioned by their deadline,
     * and cases of such notices that the SLA scheduler escalated.
     */
    public Uni<List<Object[]>> slaCompliance(Instant from, Instant to) {
        return rows("""
                select n.platform,
                       count(*) filter (where n.actioned_at is not null and n.actioned_at <= n.deadline),
                       count(*) filter (where exists (select 1 from audit_entry a where a.case_id = n.case_id
                                          and a.action = 'DEADLINE_PASSED' and a.occurred_at >= n.created_at))
                  from notice n
                 where n.created_at >= :from and n.created_at < :to
                 group by n.platform order by n.platform""", from, to);
    }

    /**
     * {@code [platform, week (Monday, UTC), met, breached]}: {@link #slaCompliance}'s figures per calendar week of
     * the notices' issue.
     */
    public Uni<List<Object[]>> slaComplianceByWeek(Instant from, Instant to) {
        return rows("""
                select n.platform, cast(date_trunc('week', n.created_at at time zone 'UTC') as date),
                       count(*) filter (where n.actioned_at is not null and n.actioned_at <= n.deadline),
                       count(*) filter (where exists (select 1 from audit_entry a where a.case_id = n.case_id
                                          and a.action = 'DEADLINE_PASSED' and a.occurred_at >= n.created_at))
                  from notice n
                 where n.created_at >= :from and n.created_at < :to
                 group by 1, 2 order by 1, 2""", from, to);
    }

    /** {@code [platform, contest reason code, notices]} over notices contested in the window. */
    public Uni<List<Object[]>> contestedReasons(Instant from, Instant to) {
        return rows("""
                select platform, contest_code, count(*) from notice
                 where contest_code is not null and contested_at >= :from and contested_at < :to
                 group by platform, contest_code order by platform, count(*) desc, contest_code""", from, to);
    }

    /** {@code [platform, cases waiting on the ministry (OPEN, PROPOSED), oldest created_at, median age in hours]}. */
    public Uni<List<Object[]>> backlog(Instant now, Instant from, Instant to) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        select platform, count(*), min(created_at),
                               percentile_cont(0.5) within group (order by extract(epoch from (cast(:now as timestamptz) - created_at))) / 3600.0
                          from takedown_case
                         where state in ('OPEN', 'PROPOSED') and created_at >= :from and created_at < :to
                         group by platform order by platform""", Object[].class)
                .setParameter("now", now)
                .setParameter("from", from == null ? BEGINNING : from)
                .setParameter("to", to == null ? END : to)
                .getResultList());
    }

    /**
     * One month of one or every platform for the transparency report: {@code [platform, notices issued,
     * actioned, contested, escalated, median hours to action]}, each counted by when it happened.
     */
    public Uni<List<Object[]>> transparency(Instant from, Instant to, String platform) {
        String only = platform == null ? "" : " where p.platform = :platform";
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery("""
                        with platforms as (
                            select platform from notice where created_at >= :from and created_at < :to
                            union select platform from notice where actioned_at >= :from and actioned_at < :to
                            union select platform from notice where contested_at >= :from and contested_at < :to
                            union select c.platform from audit_entry a join takedown_case c on c.id = a.case_id
                             where a.to_state = 'ESCALATED' and a.from_state <> 'ESCALATED'
                               and a.occurred_at >= :from and a.occurred_at < :to)
                        select p.platform,
                               (select count(*) from notice n where n.platform = p.platform
                                   and n.created_at >= :from and n.created_at < :to),
                               (select count(*) from notice n where n.platform = p.platform
                                   and n.actioned_at >= :from and n.actioned_at < :to),
                               (select count(*) from notice n where n.platform = p.platform
                                   and n.contested_at >= :from and n.contested_at < :to),
                               (select count(*) from audit_entry a join takedown_case c on c.id = a.case_id
                                 where c.platform = p.platform and a.to_state = 'ESCALATED' and a.from_state <> 'ESCALATED'
                                   and a.occurred_at >= :from and a.occurred_at < :to),
                               (select percentile_cont(0.5) within group (order by extract(epoch from (n.actioned_at - n.created_at))) / 3600.0
                                  from notice n where n.platform = p.platform
                                   and n.actioned_at >= :from and n.actioned_at < :to)
                          from platforms p""" + only + " order by p.platform", Object[].class)
                    .setParameter("from", from)
                    .setParameter("to", to);
            if (platform != null) {
                query.setParameter("platform", platform);
            }
            return query.getResultList();
        });
    }

    private static Uni<List<Object[]>> rows(String sql, Instant from, Instant to) {
        return Panache.getSession().chain(session -> session.createNativeQuery(sql, Object[].class)
                .setParameter("from", from == null ? BEGINNING : from)
                .setParameter("to", to == null ? END : to)
                .getResultList());
    }
}
