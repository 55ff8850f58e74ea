package id.pantau.ingestion.messaging;

import id.pantau.commons.inbox.Inbox;
import id.pantau.events.CaseStateChanged;
import id.pantau.ingestion.service.removal.RemovalVerification;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Schedules removal checks for cases that reached ACTIONED; unusable events go to the dead-letter topic. */
@ApplicationScoped
public class CaseEventsConsumer {

    /** The inbox's consumer name, equal to the Kafka consumer group. */
    public static final String CONSUMER = "ingestion-service";

    private final Inbox inbox;
    private final RemovalVerification removals;

    public CaseEventsConsumer(Inbox inbox, RemovalVerification removals) {
        this.inbox = inbox;
        this.removals = removals;
    }

    @Incoming("case-events")
    public Uni<Void> onCaseEvent(Message<String> message) {
        return inbox.consumeOnce(CONSUMER, message, CaseStateChanged.class, removals::onCaseEvent);
    }
}
