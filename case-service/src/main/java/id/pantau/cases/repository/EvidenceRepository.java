package id.pantau.cases.repository;

import id.pantau.cases.domain.Evidence;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class EvidenceRepository implements PanacheRepositoryBase<Evidence, UUID> {

    public Uni<List<Evidence>> ofCase(UUID caseId) {
        return list("caseId", Sort.ascending("evidenceVersion"), caseId);
    }

    public Uni<Evidence> latestOf(UUID caseId) {
        return find("caseId", Sort.descending("evidenceVersion"), caseId).firstResult();
    }

    public Uni<Evidence> bySha256(UUID caseId, String sha256) {
        return find("caseId = ?1 and sha256 = ?2", Sort.descending("evidenceVersion"), caseId, sha256).firstResult();
    }
}
