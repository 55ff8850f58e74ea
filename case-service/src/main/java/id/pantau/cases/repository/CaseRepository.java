package id.pantau.cases.repository;

import id.pantau.cases.domain.CaseLifecycle;
import id.pantau.cases.domain.CaseState;
import id.pantau.cases.domain.Command;
import id.pantau.cases.domain.TakedownCase;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<TakedownCase, UUID> {

    private static final Sort NEWEST_FIRST = Sort.descending("createdAt", "id");
    private static final Sort OLDEST_FIRST = Sort.ascending("createdAt", "id");

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

    /** Cases in the order they were opened, after the case {@code (afterAt, afterId)} when given. */
    public Uni<List<TakedownCase>> openedAfter(Instant afterAt, UUID afterId, int limit) {
        var query = afterAt == null
                ? findAll(OLDEST_FIRST)
                : find("createdAt > ?1 or (createdAt = ?1 and id > ?2)", OLDEST_FIRST, afterAt, afterId);
        return query.page(Page.ofSize(limit)).list();
    }

    /** Cases of one account that were not dismissed (a false positive does not make a repeat offender). */
    public Uni<Long> countForAccount(String platform, String authorId) {
        return count("platform = ?1 and authorId = ?2 and state <> ?3", platform, authorId, CaseState.DISMISSED);
    }

    public Uni<List<TakedownCase>> ofAccount(String platform, String authorId, int limit) {
        return find("platform = ?1 and authorId = ?2", NEWEST_FIRST, platform, authorId).page(Page.ofSize(limit)).list();
    }

    public Uni<List<Object[]>> countByStateForAccount(String platform, String authorId) {
        return getSession().chain(session -> session.createSelectionQuery("""
                        select c.state, count(c), min(c.createdAt), max(c.createdAt) from TakedownCase c
                         where c.platform = :platform and c.authorId = :authorId group by c.state""", Object[].class)
                .setParameter("platform", platform)
                .setParameter("authorId", authorId)
                .getResultList());
    }

    /** The rule ids that matched a case; the review queue filters on them. One statement per rule (a handful). */
    public Uni<Void> addRules(UUID caseId, List<String> ruleIds) {
        // A native statement does not flush pending entities; the case row must exist for the foreign key.
        return flush().chain(() -> Multi.createFrom().iterable(ruleIds)
                .onItem().transformToUniAndConcatenate(ruleId -> getSession().chain(session -> session.createNativeQuery(
                                "insert into case_rule (case_id, rule_id) values (:caseId, :ruleId) on conflict do nothing")
                        .setParameter("caseId", caseId)
                        .setParameter("ruleId", ruleId)
                        .executeUpdate()))
                .collect().last()
                .replaceWithVoid());
    }

    public Uni<List<Object[]>> countByState() {
        return getSession().chain(session -> session
                .createSelectionQuery("select c.state, count(c) from TakedownCase c group by c.state", Object[].class)
                .getResultList());
    }
}
