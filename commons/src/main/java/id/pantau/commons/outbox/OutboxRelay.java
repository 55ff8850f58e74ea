package id.pantau.commons.outbox;

import id.pantau.commons.vertx.BackgroundLoop;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows as CloudEvents (binary mode) on channel {@code outbox}, whose Kafka topic is
 * chosen per row. Rows are locked with SKIP LOCKED so several replicas share the work without
 * publishing one row twice at the same moment; a crash after sending and before marking publishes
 * again, which consumers absorb through their {@code processed_event} table.
 * A row's send joins the trace of the span that wrote it ({@code trace_parent}).
 * <p>
 * Polls through a {@link BackgroundLoop} (a Vert.x timer: {@code @Scheduled} stretches intervals below one
 * second to one second, and each hop of the pipeline would add up to a second of latency). A full batch is
 * followed at once by the next one, so a backlog drains without waiting for ticks.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int BATCH_SIZE = 500;
    // Claimed and marked in one statement (one UPDATE per row cost a statement each and Hibernate's dirty
    // checking); should a send fail, the transaction rolls back and the rows are unpublished again. RETURNING
    // has no order, so each row carries its place in the claim's order (created_at, and for equal times the
    // index's heap order): two versions of one item written in one transaction leave in the order written.
    private static final String CLAIM = """
            update outbox_message m set published_at = :now
            from (select id, row_number() over () as place
                  from (select id from outbox_message where published_at is null
                        order by created_at limit %d for update skip locked) due) claimed
            where m.id = claimed.id
            returning cast(m.id as text), m.topic, m.message_key, m.type, m.subject, m.payload, m.created_at,
                      claimed.place, m.trace_parent"""
            .formatted(BATCH_SIZE);
    // The client caches prepared statements, and PostgreSQL's generic plan for the claim, made while the
    // table was empty, sorts the whole table: 117 ms per claim once 160,000 rows were in it. A plan made for
    // each claim uses the partial index whatever the table held when the statement was prepared.
    private static final String CUSTOM_PLAN = "set local plan_cache_mode = force_custom_plan";

    private final MutinyEmitter<String> emitter;
    private final Clock clock;
    private final URI source;
    private final Duration pollInterval;
    private final BackgroundLoop loop;

    public OutboxRelay(@Channel("outbox") MutinyEmitter<String> emitter, Clock clock, Vertx vertx,
            @ConfigProperty(name = "quarkus.application.name") String application,
            @ConfigProperty(name = "pantau.outbox.poll-interval", defaultValue = "PT0.1S") Duration pollInterval) {
        this.emitter = emitter;
        this.clock = clock;
        this.source = URI.create("/pantau/" + application);
        this.pollInterval = pollInterval;
        this.loop = new BackgroundLoop(vertx, () -> relay().map(published -> published == BATCH_SIZE),
                failure -> LOG.warnf(failure, "Outbox relay failed; the rows stay unpublished and are retried"));
    }

    void start(@Observes StartupEvent startup) {
        loop.start(Duration.ofSeconds(1), Duration.ofMillis(Math.max(10, pollInterval.toMillis())));
    }

    void stop(@Observes ShutdownEvent shutdown) {
        loop.stop();
    }

    /** Publishes one batch and returns how many rows it published. */
    public Uni<Integer> relay() {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(CUSTOM_PLAN).executeUpdate()
                        .chain(() -> session.createNativeQuery(CLAIM, Object[].class)
                                .setParameter("now", clock.instant())
                                .getResultList()))
                .map(OutboxRelay::inClaimOrder)
                .chain(this::publish));
    }

    private static List<Claimed> inClaimOrder(List<Object[]> rows) {
        return rows.stream().map(Claimed::of).sorted(Comparator.comparingLong(Claimed::place)).toList();
    }

    /** A claimed row; {@code place} is its position in the claim's order. */
    private record Claimed(UUID id, String topic, String key, String type, String subject, String payload,
            Instant createdAt, long place, String traceParent) {

        static Claimed of(Object[] row) {
            return new Claimed(UUID.fromString((String) row[0]), (String) row[1], (String) row[2], (String) row[3],
                    (String) row[4], (String) row[5], instant(row[6]), ((Number) row[7]).longValue(),
                    (String) row[8]);
        }

        private static Instant instant(Object value) {
            return switch (value) {
                case Instant instant -> instant;
                case OffsetDateTime time -> time.toInstant();
                case Timestamp time -> time.toInstant();
                default -> throw new IllegalStateException("created_at came as " + value.getClass());
            };
        }
    }

    private Uni<Integer> publish(List<Claimed> batch) {
        if (batch.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        // Sent in claim order, acknowledged together: the producer keeps per-partition order.
        List<Uni<Void>> sends = batch.stream().map(this::send).toList();
        return Uni.join().all(sends).andFailFast().replaceWith(batch.size());
    }

    private Uni<Void> send(Claimed row) {
        Message<String> message = Message.of(row.payload())
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(row.id().toString())
                        .withType(row.type())
                        .withSource(source)
                        .withSubject(row.subject())
                        .withDataContentType("application/json")
                        .withTimestamp(row.createdAt().atZone(ZoneOffset.UTC))
                        .build())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(row.topic())
                        .withKey(row.key())
                        .build());
        if (row.traceParent() != null) {
            // The connector's send span becomes a child of the writer's span and puts its own traceparent
            // in the record's headers, where the consumer's span picks it up.
            message = message.addMetadata(TracingMetadata.withCurrent(TraceParents.parentOf(row.traceParent())));
        }
        return emitter.sendMessage(message);
    }
}
