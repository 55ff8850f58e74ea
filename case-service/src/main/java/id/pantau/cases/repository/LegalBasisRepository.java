package id.pantau.cases.repository;

import id.pantau.cases.domain.LegalBasis;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class LegalBasisRepository implements PanacheRepositoryBase<LegalBasis, String> {

    public Uni<List<LegalBasis>> catalogue() {
        return listAll(Sort.ascending("id"));
    }
}
