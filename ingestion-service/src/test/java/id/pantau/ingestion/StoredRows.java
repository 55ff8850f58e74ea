package id.pantau.ingestion;

import id.pantau.commons.outbox.OutboxMessage;
import id.pantau.ingestion.repository.ContentRepository;
import id.pantau.ingestion.repository.ContentVersionRepository;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import java.util.UUID;

/** Looks straight into the database, to prove that a refused request stored nothing. */
public final class StoredRows {

    private StoredRows() {
    }

    /** Content rows with this external id plus outbox events that carry it. */
    public static long mentioning(String externalId) {
        var contents = Arc.container().instance(ContentRepository.class).get();
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> contents
                    .count("externalId", externalId)
                    .chain(items -> OutboxMessage.count("payload like ?1", "%\"" + externalId + "\"%")
                            .map(events -> items + events))));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    public static long versionsOf(UUID contentId) {
        var versions = Arc.container().instance(ContentVersionRepository.class).get();
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> versions.count("contentId", contentId)));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Content rows whose external id starts with {@code prefix}, and outbox events that mention one. */
    public static long[] withPrefix(String prefix) {
        var contents = Arc.container().instance(ContentRepository.class).get();
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> contents
                    .count("externalId like ?1", prefix + "%")
                    .chain(items -> OutboxMessage.count("payload like ?1", "%\"" + prefix + "%")
                            .map(events -> new long[] {items, events}))));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
