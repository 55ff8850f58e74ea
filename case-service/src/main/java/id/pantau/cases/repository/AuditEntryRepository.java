package id.pantau.cases.repository;

import id.pantau.cases.domain.AuditEntry;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AuditEntryRepository implements PanacheRepositoryBase<AuditEntry, UUID> {

    public Uni<List<AuditEntry>> chainOf(UUID caseId) {
        return list("caseId", Sort.ascending("seq"), caseId);
    }
}
