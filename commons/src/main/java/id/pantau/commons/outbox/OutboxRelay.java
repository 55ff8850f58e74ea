package id.pantau.commons.outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Publishes outbox rows as CloudEvents (binary mode) on channel {@code outbox}, whose Kafka topic is
 * chosen per row. Rows are locked with SKIP LOCKED so several replicas share the work without
 * publishing one row twice at the same moment; a crash after sending and before marking publishes
 * again, which consumers absorb through their {@code processed_event} table.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final String UNPUBLISHED = """
            select * from outbox_message where published_at is null
            order by created_at limit 200 for update skip locked""";

    private final MutinyEmitter<String> emitter;
    private final Clock clock;
    private final URI source;

    public OutboxRelay(@Channel("outbox") MutinyEmitter<String> emitter, Clock clock,
            @ConfigProperty(name = "quarkus.application.name") String application) {
        this.emitter = emitter;
        this.clock = clock;
        this.source = URI.create("/pantau/" + application);
    }

    @Scheduled(every = "${pantau.outbox.poll-interval:0.2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> relay() {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(UNPUBLISHED, OutboxMessage.class).getResultList())
                .chain(this::publish));
    }

    private Uni<Void> publish(List<OutboxMessage> batch) {
        if (batch.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // Sent in created order, acknowledged together: the producer keeps per-partition order.
        List<Uni<Void>> sends = batch.stream().map(this::send).toList();
        return Uni.join().all(sends).andFailFast().invoke(() -> {
            var now = clock.instant();
            batch.forEach(m -> m.publishedAt = now);
        }).replaceWithVoid();
    }

    private Uni<Void> send(OutboxMessage row) {
        Message<String> message = Message.of(row.payload)
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(row.id.toString())
                        .withType(row.type)
                        .withSource(source)
                        .withSubject(row.subject)
                        .withDataContentType("application/json")
                        .withTimestamp(row.createdAt.atZone(ZoneOffset.UTC))
                        .build())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(row.topic)
                        .withKey(row.messageKey)
                        .build());
        return emitter.sendMessage(message);
    }
}
