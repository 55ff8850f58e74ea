package id.pantau.cases.repository;

import id.pantau.cases.domain.RemovalVerification;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RemovalVerificationRepository implements PanacheRepositoryBase<RemovalVerification, UUID> {

    public Uni<List<RemovalVerification>> ofCase(UUID caseId) {
        return list("caseId", Sort.ascending("receivedAt", "id"), caseId);
    }
}
