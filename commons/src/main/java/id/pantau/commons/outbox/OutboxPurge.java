package id.pantau.commons.outbox;

import id.pantau.commons.vertx.BackgroundLoop;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Deletes outbox rows published longer ago than {@code pantau.outbox.retention} (7 days by default). The relay
 * marks a row sent and nothing reads it afterwards but a person looking back at what left when; without this the
 * table grew by one row per event for ever (ingestion alone writes a row per accepted item). Unpublished rows are
 * never touched, however old.
 */
@ApplicationScoped
public class OutboxPurge {

    private static final Logger LOG = Logger.getLogger(OutboxPurge.class);
    /** Rows per transaction: a purge after a busy week deletes millions without one long transaction. */
    static final int BATCH_SIZE = 10_000;
    // A sequential scan that stops at the batch's last row: the oldest rows lie at the start of the table. No index
    // on published_at: the relay would have to maintain it with every row it marks. SKIP LOCKED lets replicas purge
    // side by side.
    private static final String PURGE = """
            delete from outbox_message where id in (
                select id from outbox_message where published_at < :cutoff limit %d for update skip locked)"""
            .formatted(BATCH_SIZE);
    // As in the relay: a generic plan cached while the table was small may delete through a scan of the whole table.
    private static final String CUSTOM_PLAN = "set local plan_cache_mode = force_custom_plan";

    private final Clock clock;
    private final Duration retention;
    private final Duration interval;
    private final BackgroundLoop loop;

    public OutboxPurge(Clock clock, Vertx vertx,
            @ConfigProperty(name = "pantau.outbox.retention", defaultValue = "P7D") Duration retention,
            @ConfigProperty(name = "pantau.outbox.purge-interval", defaultValue = "PT15M") Duration interval) {
        if (retention.isNegative() || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("pantau.outbox.retention must not be negative and "
                    + "pantau.outbox.purge-interval must be positive");
        }
        this.clock = clock;
        this.retention = retention;
        this.interval = interval;
        this.loop = new BackgroundLoop(vertx, () -> purge().map(deleted -> {
            if (deleted > 0) {
                LOG.infof("Outbox purge deleted %d rows published more than %s ago", deleted, retention);
            }
            return false;
        }), failure -> LOG.warnf(failure, "Outbox purge failed; it is tried again in %s", interval));
    }

    void start(@Observes StartupEvent startup) {
        loop.start(interval, interval);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        loop.stop();
    }

    /** Deletes every row published before now minus the retention, batch after batch; returns how many. */
    public Uni<Long> purge() {
        return purgeFrom(0L);
    }

    private Uni<Long> purgeFrom(long deletedSoFar) {
        return Panache.withTransaction(() -> Panache.getSession()
                        .chain(session -> session.createNativeQuery(CUSTOM_PLAN).executeUpdate()
                                .chain(() -> session.createNativeQuery(PURGE)
                                        .setParameter("cutoff", clock.instant().minus(retention))
                                        .executeUpdate())))
                .chain(deleted -> deleted == BATCH_SIZE
                        ? purgeFrom(deletedSoFar + deleted)
                        : Uni.createFrom().item(deletedSoFar + deleted));
    }
}
