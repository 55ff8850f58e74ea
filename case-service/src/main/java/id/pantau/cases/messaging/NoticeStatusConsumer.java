package id.pantau.cases.messaging;

import id.pantau.cases.service.NoticeDeliveryTracker;
import id.pantau.commons.inbox.Inbox;
import id.pantau.events.NoticeStatus;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

@ApplicationScoped
public class NoticeStatusConsumer {

    static final String CONSUMER = "case-service.notice-status";

    private final Inbox inbox;
    private final NoticeDeliveryTracker tracker;

    public NoticeStatusConsumer(Inbox inbox, NoticeDeliveryTracker tracker) {
        this.inbox = inbox;
        this.tracker = tracker;
    }

    @Incoming("notice-status")
    public Uni<Void> on(Message<String> message) {
        return inbox.consumeOnce(CONSUMER, message, NoticeStatus.class, tracker::onStatus);
    }
}
