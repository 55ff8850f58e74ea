package id.pantau.classifier.messaging;

import id.pantau.classifier.service.ClassificationService;
import id.pantau.commons.inbox.Inbox;
import id.pantau.events.ContentIngested;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Classifies every ingested content version once; unusable events go to the dead-letter topic. */
@ApplicationScoped
public class ContentIngestedConsumer {

    /** The inbox's consumer name, equal to the Kafka consumer group. */
    public static final String CONSUMER = "classifier-service";

    private final Inbox inbox;
    private final ClassificationService classifications;

    public ContentIngestedConsumer(Inbox inbox, ClassificationService classifications) {
        this.inbox = inbox;
        this.classifications = classifications;
    }

    @Incoming("content-ingested")
    public Uni<Void> onContentIngested(Message<String> message) {
        return inbox.consumeOnce(CONSUMER, message, ContentIngested.class, classifications::classify);
    }
}
