package id.pantau.notification.repository;

import id.pantau.notification.domain.DeliveryAttempt;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DeliveryAttemptRepository implements PanacheRepositoryBase<DeliveryAttempt, UUID> {

    public Uni<List<DeliveryAttempt>> log(UUID deliveryId) {
        return list("deliveryId = ?1 order by attemptNo", deliveryId);
    }
}
