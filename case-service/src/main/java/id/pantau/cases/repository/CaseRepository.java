package id.pantau.cases.repository;

import id.pantau.cases.domain.CaseState;
import id.pantau.cases.domain.TakedownCase;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<TakedownCase, UUID> {

    private static final Sort NEWEST_FIRST = Sort.descending("createdAt", "id");

    public Uni<TakedownCase> findByContentId(UUID contentId) {
        return find("contentId", contentId).firstResult();
    }

    /** Scoped to the platform in the query itself: another platform's case is simply not found. */
    public Uni<TakedownCase> findForPlatform(UUID id, String platform) {
        return find("id = ?1 and platform = ?2", id, platform).firstResult();
    }

    public Uni<List<TakedownCase>> findForPlatform(List<UUID> ids, String platform) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : list("id in ?1 and platform = ?2", ids, platform);
    }

    public Uni<List<TakedownCase>> newest(Optional<CaseState> state, int limit) {
        var query = state.isPresent() ? find("state", NEWEST_FIRST, state.get()) : findAll(NEWEST_FIRST);
        return query.page(Page.ofSize(limit)).list();
    }

    public Uni<List<Object[]>> countByState() {
        return getSession().chain(session -> session
                .createSelectionQuery("select c.state, count(c) from TakedownCase c group by c.state", Object[].class)
                .getResultList());
    }
}
