package id.pantau.ingestion.repository;

import id.pantau.ingestion.domain.RemovalCheck;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class RemovalCheckRepository implements PanacheRepositoryBase<RemovalCheck, UUID> {

    // SKIP LOCKED: a replica claiming at the same moment takes the next due check instead of waiting for this one.
    private static final String NEXT_DUE = """
            select * from removal_check
            where decided_at is null and next_check_at <= ?1 and (lease_until is null or lease_until <= ?1)
            order by next_check_at limit 1
            for update skip locked""";

    /** The oldest undecided check whose time has come and that no replica holds, locked; null when none. */
    public Uni<RemovalCheck> nextDueForUpdate(Instant now) {
        return Panache.getSession().chain(session -> session.createNativeQuery(NEXT_DUE, RemovalCheck.class)
                .setParameter(1, now)
                .getSingleResultOrNull());
    }
}
