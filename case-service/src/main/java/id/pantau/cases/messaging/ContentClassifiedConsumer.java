package id.pantau.cases.messaging;

import id.pantau.cases.service.CaseOpening;
import id.pantau.commons.inbox.Inbox;
import id.pantau.events.ContentClassified;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

@ApplicationScoped
public class ContentClassifiedConsumer {

    static final String CONSUMER = "case-service.content-classified";

    private final Inbox inbox;
    private final CaseOpening opening;

    public ContentClassifiedConsumer(Inbox inbox, CaseOpening opening) {
        this.inbox = inbox;
        this.opening = opening;
    }

    @Incoming("content-classified")
    public Uni<Void> on(Message<String> message) {
        return inbox.consumeOnce(CONSUMER, message, ContentClassified.class, opening::onClassified);
    }
}
