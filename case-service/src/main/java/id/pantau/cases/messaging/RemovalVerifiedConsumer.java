package id.pantau.cases.messaging;

import id.pantau.cases.service.RemovalVerifications;
import id.pantau.commons.inbox.Inbox;
import id.pantau.events.RemovalVerified;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

@ApplicationScoped
public class RemovalVerifiedConsumer {

    static final String CONSUMER = "case-service.removal-verified";

    private final Inbox inbox;
    private final RemovalVerifications verifications;

    public RemovalVerifiedConsumer(Inbox inbox, RemovalVerifications verifications) {
        this.inbox = inbox;
        this.verifications = verifications;
    }

    @Incoming("removal-verified")
    public Uni<Void> on(Message<String> message) {
        return inbox.consumeOnce(CONSUMER, message, RemovalVerified.class, verifications::onVerified);
    }
}
