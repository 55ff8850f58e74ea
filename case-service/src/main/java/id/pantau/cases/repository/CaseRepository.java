package id.pantau.cases.repository;

import id.pantau.cases.domain.CaseLifecycle;
import id.pantau.cases.domain.CaseState;
import id.pantau.cases.domain.Command;
import id.pantau.cases.domain.TakedownCase;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
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

    /**
     * Locks up to {@code limit} cases whose SLA deadline passed while their clock runs. Rows another
     * transaction holds are skipped, not waited for: that transaction (another replica's pass, or a
     * platform answering right now) decides them, so no case is escalated twice.
     */
    public Uni<List<TakedownCase>> lockOverdue(Instant now, int limit) {
        List<String> running = CaseLifecycle.rowOf(Command.DEADLINE_PASSED).from().stream().map(Enum::name).toList();
        return getSession().chain(session -> session.createNativeQuery("""
                        select * from takedown_case
                         where state in (:running) and sla_deadline <= :now
                         order by sla_deadline
                         limit :limit
                         for update skip locked""", TakedownCase.class)
                .setParameter("running", running)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList());
    }

    public Uni<List<Object[]>> countByState() {
        return getSession().chain(session -> session
                .createSelectionQuery("select c.state, count(c) from TakedownCase c group by c.state", Object[].class)
                .getResultList());
    }
}
