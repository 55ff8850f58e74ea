package id.pantau.cases.repository;

import id.pantau.cases.domain.Appeal;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AppealRepository implements PanacheRepositoryBase<Appeal, UUID> {

    public Uni<List<Appeal>> ofCase(UUID caseId) {
        return list("caseId", Sort.ascending("reportedAt", "id"), caseId);
    }
}
