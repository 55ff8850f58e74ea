package id.pantau.ingestion.repository;

import id.pantau.ingestion.domain.RemovalCheck;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RemovalCheckRepository implements PanacheRepositoryBase<RemovalCheck, UUID> {

    /** Undecided checks whose time has come, oldest first. */
    public Uni<List<RemovalCheck>> due(Instant now, int limit) {
        return find("decidedAt is null and nextCheckAt <= ?1", Sort.ascending("nextCheckAt"), now)
                .page(Page.ofSize(limit)).list();
    }
}
