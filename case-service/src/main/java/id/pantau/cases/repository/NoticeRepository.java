package id.pantau.cases.repository;

import id.pantau.cases.domain.CaseState;
import id.pantau.cases.domain.Notice;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class NoticeRepository implements PanacheRepositoryBase<Notice, UUID> {

    private static final Sort NEWEST_FIRST = Sort.descending("createdAt", "id");

    public Uni<List<Notice>> ofCase(UUID caseId) {
        return list("caseId", Sort.ascending("createdAt", "id"), caseId);
    }

    public Uni<Notice> latestOf(UUID caseId) {
        return find("caseId", NEWEST_FIRST, caseId).firstResult();
    }

    /** Scoped to the platform in the query itself: another platform's notice is simply not found. */
    public Uni<Notice> findForPlatform(UUID id, String platform) {
        return find("id = ?1 and platform = ?2", id, platform).firstResult();
    }

    /**
     * One platform's notices, newest first, optionally only those whose case is in {@code state} and those
     * issued at or after {@code since}, continuing after the notice ({@code afterAt}, {@code afterId}).
     */
    public Uni<List<Notice>> newestForPlatform(String platform, CaseState state, Instant since, Instant afterAt,
            UUID afterId, int limit) {
        StringBuilder query = new StringBuilder("platform = :platform");
        Parameters params = Parameters.with("platform", platform);
        if (state != null) {
            query.append(" and exists (select 1 from TakedownCase c where c.id = caseId and c.state = :state)");
            params.and("state", state);
        }
        if (since != null) {
            query.append(" and createdAt >= :since");
            params.and("since", since);
        }
        if (afterAt != null) {
            query.append(" and (createdAt < :afterAt or (createdAt = :afterAt and id < :afterId))");
            params.and("afterAt", afterAt).and("afterId", afterId);
        }
        return find(query.toString(), NEWEST_FIRST, params).page(Page.ofSize(limit)).list();
    }
}
