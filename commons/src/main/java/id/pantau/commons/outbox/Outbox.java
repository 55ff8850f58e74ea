package id.pantau.commons.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import id.pantau.commons.ids.RowIds;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The only way a service publishes an event. Call it inside the transaction that makes the change
 * the event announces: both commit or neither does, and {@link OutboxRelay} publishes afterwards.
 */
@ApplicationScoped
public class Outbox {

    // All rows as one JSON parameter, the keys being the column names: one statement for hundreds of events.
    // A payload given as a JSON object is stored as its text (a json value keeps it as written).
    private static final String INSERT_ALL = """
            insert into outbox_message
            select * from json_populate_recordset(null::outbox_message, cast(cast(?1 as text) as json))""";

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
        message.id = RowIds.next();
        message.topic = topic;
        message.type = type;
        message.messageKey = key;
        message.subject = key;
        message.payload = serialise(data);
        message.createdAt = clock.instant();
        return message.persist().replaceWith(message.id);
    }

    /** One event of {@link #appendAll}; the arguments of {@link #append}. */
    public record Event(String topic, String type, String key, Object data) {
    }

    /**
     * Many events with one statement, in the caller's transaction (batch paths, where one {@link #append}
     * per event would cost a statement and Hibernate's bookkeeping each); the same rows as {@link #append}.
     */
    public Uni<Void> appendAll(List<Event> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Instant now = clock.instant();
        List<Row> rows = events.stream()
                .map(e -> new Row(RowIds.next(), e.topic(), e.key(), e.type(), e.key(), e.data(), now))
                .toList();
        return Panache.getSession().chain(session -> session.createNativeQuery(INSERT_ALL)
                .setParameter(1, serialise(rows))
                .executeUpdate())
                .replaceWithVoid();
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private record Row(UUID id, String topic, String messageKey, String type, String subject, Object payload,
            Instant createdAt) {
    }

    private String serialise(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event cannot be serialised: " + data.getClass().getName(), e);
        }
    }
}
