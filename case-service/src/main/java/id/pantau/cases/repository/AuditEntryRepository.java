package id.pantau.cases.repository;

import id.pantau.cases.domain.AuditEntry;
import id.pantau.cases.service.AuditFilter;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AuditEntryRepository implements PanacheRepositoryBase<AuditEntry, UUID> {

    private static final Sort OLDEST_FIRST = Sort.ascending("occurredAt", "id");

    public Uni<List<AuditEntry>> chainOf(UUID caseId) {
        return list("caseId", Sort.ascending("seq"), caseId);
    }

    public Uni<List<AuditEntry>> chainsOf(List<UUID> caseIds) {
        return caseIds.isEmpty() ? Uni.createFrom().item(List.of())
                : list("caseId in ?1", Sort.ascending("caseId", "seq"), caseIds);
    }

    /**
     * The log in the order it was written, filtered, starting after the entry {@code (afterAt, afterId)}
     * when given (keyset paging: a page never shifts when entries are appended).
     */
    public Uni<List<AuditEntry>> search(AuditFilter filter, Instant afterAt, UUID afterId, int limit) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.caseId() != null) {
            where.add("caseId = :caseId");
            params.and("caseId", filter.caseId());
        }
        if (filter.actor() != null) {
            where.add("actor = :actor");
            params.and("actor", filter.actor());
        }
        if (filter.action() != null) {
            where.add("action = :action");
            params.and("action", filter.action());
        }
        if (filter.from() != null) {
            where.add("occurredAt >= :from");
            params.and("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("occurredAt < :to");
            params.and("to", filter.to());
        }
        if (afterAt != null) {
            where.add("(occurredAt > :afterAt or (occurredAt = :afterAt and id > :afterId))");
            params.and("afterAt", afterAt).and("afterId", afterId);
        }
        String query = where.isEmpty() ? "from AuditEntry" : "from AuditEntry where " + String.join(" and ", where);
        return find(query, OLDEST_FIRST, params).page(Page.ofSize(limit)).list();
    }
}
