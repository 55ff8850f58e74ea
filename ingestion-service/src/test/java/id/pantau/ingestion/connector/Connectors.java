package id.pantau.ingestion.connector;

import id.pantau.ingestion.domain.ConnectorState;
import id.pantau.ingestion.domain.ContentItem;
import id.pantau.ingestion.domain.ContentVersion;
import id.pantau.ingestion.repository.ConnectorStateRepository;
import id.pantau.ingestion.repository.ContentRepository;
import id.pantau.ingestion.repository.ContentVersionRepository;
import id.pantau.ingestion.service.connector.ConnectorRunner;
import id.pantau.ingestion.service.connector.SearchConnector;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import java.time.LocalDate;
import java.util.function.Supplier;

/** Runs connectors and looks at their state and what they stored, as the scheduler and an operator would. */
public final class Connectors {

    private Connectors() {
    }

    public static <T> T await(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    public static ConnectorRunner.RunResult run(SearchConnector connector) {
        ConnectorRunner runner = Arc.container().instance(ConnectorRunner.class).get();
        return await(() -> runner.run(connector));
    }

    /** A connector that never ran: no checkpoint, no quota spent, no pause. */
    public static void reset(String connector) {
        var states = Arc.container().instance(ConnectorStateRepository.class).get();
        await(() -> Panache.withTransaction(() -> states.deleteById(connector)
                .chain(() -> states.persist(new ConnectorState(connector))).replaceWithVoid()));
    }

    public static void spendQuota(String connector, int units, LocalDate day) {
        var states = Arc.container().instance(ConnectorStateRepository.class).get();
        await(() -> Panache.withTransaction(() -> states.lock(connector).invoke(s -> s.spend(units, day)).replaceWithVoid()));
    }

    public static ConnectorState state(String connector) {
        var states = Arc.container().instance(ConnectorStateRepository.class).get();
        return await(() -> Panache.withSession(() -> states.findById(connector)));
    }

    /** The latest stored version of a platform item, or null if it was never stored. */
    public static ContentVersion latest(String platform, String externalId) {
        var contents = Arc.container().instance(ContentRepository.class).get();
        var versions = Arc.container().instance(ContentVersionRepository.class).get();
        return await(() -> Panache.withSession(() -> contents.find("platform = ?1 and externalId = ?2", platform, externalId)
                .<ContentItem>firstResult()
                .chain(item -> item == null ? Uni.createFrom().nullItem() : versions.latest(item.id()))));
    }

    public static long versionCount(String platform, String externalId) {
        var contents = Arc.container().instance(ContentRepository.class).get();
        var versions = Arc.container().instance(ContentVersionRepository.class).get();
        return await(() -> Panache.withSession(() -> contents.find("platform = ?1 and externalId = ?2", platform, externalId)
                .<ContentItem>firstResult()
                .chain(item -> item == null ? Uni.createFrom().item(0L) : versions.count("contentId", item.id()))));
    }
}
