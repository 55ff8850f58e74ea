package id.pantau.commons.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.commons.ids.RowIds;
import id.pantau.commons.sql.ArrayColumns;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The only way a service publishes an event. Call it inside the transaction that makes the change
 * the event announces: both commit or neither does, and {@link OutboxRelay} publishes afterwards.
 */
@ApplicationScoped
public class Outbox {

    // One array per column (ArrayColumns): one statement for hundreds of events. The key is the subject too.
    private static final String INSERT_ALL = """
            insert into outbox_message (id, topic, message_key, type, subject, payload, created_at, trace_parent)
            select id, topic, message_key, type, message_key, payload, cast(?6 as timestamptz), cast(?7 as text)
            from unnest(cast(?1 as uuid[]), cast(?2 as text[]), cast(?3 as text[]), cast(?4 as text[]),
                        cast(?5 as text[])) as e(id, topic, message_key, type, payload)""";

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
        message.traceParent = TraceParents.current();
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
        UUID[] ids = events.stream().map(event -> RowIds.next()).toArray(UUID[]::new);
        String[] payloads = events.stream().map(event -> serialise(event.data())).toArray(String[]::new);
        return Panache.getSession().chain(session -> session.createNativeQuery(INSERT_ALL)
                .setParameter(1, ids)
                .setParameter(2, ArrayColumns.texts(events, Event::topic))
                .setParameter(3, ArrayColumns.texts(events, Event::key))
                .setParameter(4, ArrayColumns.texts(events, Event::type))
                .setParameter(5, payloads)
                .setParameter(6, clock.instant())
                .setParameter(7, TraceParents.current())
                .executeUpdate())
                .replaceWithVoid();
    }

    private String serialise(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event cannot be serialised: " + data.getClass().getName(), e);
        }
    }
}
