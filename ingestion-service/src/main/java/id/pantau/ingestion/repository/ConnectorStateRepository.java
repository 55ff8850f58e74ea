package id.pantau.ingestion.repository;

import id.pantau.ingestion.domain.ConnectorState;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

@ApplicationScoped
public class ConnectorStateRepository implements PanacheRepositoryBase<ConnectorState, String> {

    /** Locked until the transaction ends; created on first use. */
    public Uni<ConnectorState> lock(String connector) {
        return findById(connector, LockModeType.PESSIMISTIC_WRITE)
                .chain(found -> found != null ? Uni.createFrom().item(found) : persist(new ConnectorState(connector)));
    }
}
