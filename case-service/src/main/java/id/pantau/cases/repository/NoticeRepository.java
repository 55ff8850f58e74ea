package id.pantau.cases.repository;

import id.pantau.cases.domain.Notice;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
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

    public Uni<List<Notice>> newestForPlatform(String platform, int limit) {
        return find("platform", NEWEST_FIRST, platform).page(Page.ofSize(limit)).list();
    }
}
