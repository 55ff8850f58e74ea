package id.pantau.ingestion.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.pantau.commons.ids.RowIds;
import id.pantau.commons.outbox.OutboxMessage;
import id.pantau.commons.outbox.OutboxPurge;
import id.pantau.events.ContentIngested;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** pantau-commons' purge of published outbox rows, against this service's real PostgreSQL. */
@QuarkusTest
class OutboxPurgeTest {

    @Inject
    OutboxPurge purge;

    @Inject
    Clock clock;

    @Test
    void rowsPublishedBeforeTheRetentionAreDeletedAndNothingElse() throws Throwable {
        Instant now = clock.instant();
        UUID old = store(now.minus(Duration.ofDays(9)), now.minus(Duration.ofDays(8)));
        UUID recent = store(now.minus(Duration.ofDays(9)), now.minus(Duration.ofDays(6)));
        UUID justBefore = store(now.minus(Duration.ofDays(8)), now.minus(Duration.ofDays(7)).minusSeconds(1));

        long deleted = VertxContextSupport.subscribeAndAwait(() -> purge.purge());

        assertTrue(deleted >= 2, "deleted " + deleted);
        assertEquals(List.of(false, true, false), List.of(exists(old), exists(recent), exists(justBefore)));
    }

    @Test
    void anUnpublishedRowStaysHoweverOld() throws Throwable {
        UUID waiting = RowIds.next();
        persist(row(waiting, clock.instant().minus(Duration.ofDays(400)), null));

        VertxContextSupport.subscribeAndAwait(() -> purge.purge());

        OutboxMessage kept = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                () -> OutboxMessage.<OutboxMessage>findById(waiting)));
        assertNotNull(kept, "the purge deleted a row that was not published");
        // The running relay publishes the row within about 100 ms; if it did so before the purge looked, the
        // purge saw a recent row and this run proves nothing about unpublished ones.
        assumeTrue(kept.publishedAt == null, "the relay published the row before the purge ran");
    }

    @Test
    void aBacklogLargerThanOneTransactionIsDeletedWhole() throws Throwable {
        Instant now = clock.instant();
        List<OutboxMessage> rows = new ArrayList<>();
        for (int i = 0; i < 10_000 + 5; i++) {
            rows.add(row(RowIds.next(), now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(29))));
        }
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> OutboxMessage.persist(rows)));

        long deleted = VertxContextSupport.subscribeAndAwait(() -> purge.purge());

        assertTrue(deleted >= rows.size(), "deleted " + deleted);
        assertEquals(0L, (long) VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                () -> OutboxMessage.count("publishedAt < ?1", now.minus(Duration.ofDays(7))))));
    }

    private UUID store(Instant created, Instant published) throws Throwable {
        UUID id = RowIds.next();
        persist(row(id, created, published));
        return id;
    }

    private static void persist(OutboxMessage row) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(row::persist));
    }

    private static boolean exists(UUID id) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                () -> OutboxMessage.count("id", id))) == 1;
    }

    private static OutboxMessage row(UUID id, Instant created, Instant published) {
        OutboxMessage row = new OutboxMessage();
        row.id = id;
        // An existing topic: an unpublished row is published by the running relay, and a topic of its own would
        // first have to be created by the broker while the relay waits.
        row.topic = ContentIngested.TOPIC;
        row.messageKey = id.toString();
        row.type = "id.pantau.test.v1";
        row.subject = id.toString();
        row.payload = "{}";
        row.createdAt = created;
        row.publishedAt = published;
        return row;
    }
}
