package id.pantau.notification.service;

import id.pantau.commons.problem.ProblemException;
import id.pantau.commons.security.Caller;
import id.pantau.notification.domain.Delivery;
import id.pantau.notification.repository.DeliveryAttemptRepository;
import id.pantau.notification.repository.DeliveryRepository;
import id.pantau.notification.rest.DeliveryView;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;

/** The delivery log as people see it, and the one thing they can do about a failed delivery. */
@ApplicationScoped
public class DeliveryService {

    private final DeliveryRepository deliveries;
    private final DeliveryAttemptRepository attempts;
    private final Caller caller;
    private final Clock clock;

    public DeliveryService(DeliveryRepository deliveries, DeliveryAttemptRepository attempts, Caller caller, Clock clock) {
        this.deliveries = deliveries;
        this.attempts = attempts;
        this.caller = caller;
        this.clock = clock;
    }

    public Uni<DeliveryView> byNotice(UUID noticeId) {
        return Panache.withSession(() -> deliveries.findByNoticeId(noticeId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("No delivery for notice " + noticeId + "."))
                .chain(this::view));
    }

    public Uni<DeliveryView> byId(UUID id) {
        return Panache.withSession(() -> find(id).chain(this::view));
    }

    /** Starts a new round of attempts; only FAILED or DEAD deliveries wait for this. */
    public Uni<DeliveryView> resend(UUID id) {
        String actor = caller.name();
        return Panache.withTransaction(() -> find(id).invoke(delivery -> {
            if (!delivery.status.resendable()) {
                throw ProblemException.conflict("Delivery " + id + " is " + delivery.status
                        + "; only FAILED or DEAD deliveries can be resent.");
            }
            delivery.resend(actor, clock.instant());
        })).chain(delivery -> Panache.withSession(() -> view(delivery)));
    }

    private Uni<Delivery> find(UUID id) {
        return deliveries.findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("No delivery " + id + "."));
    }

    private Uni<DeliveryView> view(Delivery delivery) {
        return attempts.log(delivery.id).map(log -> DeliveryView.of(delivery, log));
    }
}
