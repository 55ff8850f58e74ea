package id.pantau.commons.outbox;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An event waiting to be published; written in the same transaction as the change it announces. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends PanacheEntityBase {

    @Id
    public UUID id;

    public String topic;

    @Column(name = "message_key")
    public String messageKey;

    public String type;

    public String subject;

    public String payload;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** W3C traceparent of the span that wrote the event; null when tracing is off. */
    @Column(name = "trace_parent")
    public String traceParent;
}
