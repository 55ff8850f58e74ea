package id.pantau.notification.messaging;

import id.pantau.commons.inbox.Inbox;
import id.pantau.events.NoticeRequested;
import id.pantau.notification.service.NoticeIntake;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

@ApplicationScoped
public class NoticeRequestedConsumer {

    static final String CONSUMER = "notification-service";

    private final Inbox inbox;
    private final NoticeIntake intake;

    public NoticeRequestedConsumer(Inbox inbox, NoticeIntake intake) {
        this.inbox = inbox;
        this.intake = intake;
    }

    @Incoming("notice-requested")
    public Uni<Void> on(Message<String> message) {
        return inbox.consumeOnce(CONSUMER, message, NoticeRequested.class, intake::accept);
    }
}
