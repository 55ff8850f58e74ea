package id.pantau.cases.repository;

import id.pantau.cases.domain.PlatformRecord;
import id.pantau.cases.domain.PlatformWarning;
import id.pantau.cases.domain.WarningLevel;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PlatformRecordRepository implements PanacheRepositoryBase<PlatformRecord, String> {

    public Uni<List<PlatformRecord>> all() {
        return listAll(Sort.ascending("platform"));
    }

    public Uni<List<PlatformWarning>> warningsOf(String platform) {
        return getSession().chain(session -> session
                .createSelectionQuery("from PlatformWarning where platform = ?1 order by breachCount, issuedAt",
                        PlatformWarning.class)
                .setParameter(1, platform)
                .getResultList());
    }

    /**
     * Counts one more breach in a single statement, which also row-locks the record until commit: two
     * replicas escalating the same platform's cases count both breaches, one after the other.
     *
     * @return the breach count and the level recorded before this breach
     */
    public Uni<Object[]> countBreach(String platform, UUID caseId, Instant at) {
        return getSession().chain(session -> session.createNativeQuery("""
                        insert into platform_record (platform, sla_breaches, warning_level, last_breach_at, last_breach_case_id)
                        values (:platform, 1, 'NONE', :at, :caseId)
                        on conflict (platform) do update set sla_breaches = platform_record.sla_breaches + 1,
                            last_breach_at = excluded.last_breach_at, last_breach_case_id = excluded.last_breach_case_id""")
                .setParameter("platform", platform)
                .setParameter("at", at)
                .setParameter("caseId", caseId)
                .executeUpdate()
                .chain(() -> session.createNativeQuery(
                                "select sla_breaches, warning_level from platform_record where platform = :platform",
                                Object[].class)
                        .setParameter("platform", platform)
                        .getSingleResult()));
    }

    public Uni<Integer> stepTo(String platform, WarningLevel level) {
        return getSession().chain(session -> session
                .createNativeQuery("update platform_record set warning_level = :level where platform = :platform")
                .setParameter("level", level.name())
                .setParameter("platform", platform)
                .executeUpdate());
    }

    public Uni<Void> issue(PlatformWarning warning) {
        return getSession().chain(session -> session.persist(warning));
    }
}
