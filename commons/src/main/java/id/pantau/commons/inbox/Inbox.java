package id.pantau.commons.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.function.Function;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Makes a consumer idempotent: the CloudEvent id is recorded in {@code processed_event} in the same
 * transaction as the handler's changes, so a redelivered event is acknowledged and skipped.
 * A failing handler nacks the message, which sends it to the channel's dead-letter topic.
 */
@ApplicationScoped
public class Inbox {

    private static final String CLAIM = """
            insert into processed_event (consumer, event_id, processed_at) values (:consumer, :eventId, now())
            on conflict do nothing""";

    private final ObjectMapper json;

    public Inbox(ObjectMapper json) {
        this.json = json;
    }

    public <T> Uni<Void> consumeOnce(String consumer, Message<String> message, Class<T> type, Function<T, Uni<Void>> handler) {
        return Uni.createFrom().item(() -> decode(message, type))
                .chain(event -> Panache.withTransaction(() -> claim(consumer, eventId(message))
                        .chain(first -> first ? handler.apply(event) : Uni.createFrom().voidItem())))
                .onItemOrFailure().transformToUni((done, failure) -> failure == null
                        ? Uni.createFrom().completionStage(message.ack())
                        : Uni.createFrom().completionStage(message.nack(failure)));
    }

    private Uni<Boolean> claim(String consumer, String eventId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(CLAIM)
                .setParameter("consumer", consumer)
                .setParameter("eventId", eventId)
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    private static String eventId(Message<String> message) {
        return message.getMetadata(IncomingCloudEventMetadata.class)
                .map(IncomingCloudEventMetadata::getId)
                .orElseThrow(() -> new IllegalArgumentException("Not a CloudEvent: no ce_id header"));
    }

    private <T> T decode(Message<String> message, Class<T> type) {
        try {
            return json.readValue(message.getPayload(), type);
        } catch (IOException e) {
            throw new IllegalArgumentException("Event data is not a valid " + type.getSimpleName(), e);
        }
    }
}
