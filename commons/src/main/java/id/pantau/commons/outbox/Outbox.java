package id.pantau.commons.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;

/**
 * The only way a service publishes an event. Call it inside the transaction that makes the change
 * the event announces: both commit or neither does, and {@link OutboxRelay} publishes afterwards.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper json;
    private final Clock clock;

    public Outbox(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param key the Kafka key (content id or case id) so that all events of one item share a partition
     * @return the CloudEvent id the event will carry
     */
    public Uni<UUID> append(String topic, String type, String key, Object data) {
        OutboxMessage message = new OutboxMessage();
        message.id = UUID.randomUUID();
        message.topic = topic;
        message.type = type;
        message.messageKey = key;
        message.subject = key;
        message.payload = serialise(data);
        message.createdAt = clock.instant();
        return message.persist().replaceWith(message.id);
    }

    private String serialise(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event cannot be serialised: " + data.getClass().getName(), e);
        }
    }
}
