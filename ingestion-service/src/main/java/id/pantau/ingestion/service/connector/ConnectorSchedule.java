package id.pantau.ingestion.service.connector;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Starts each enabled connector's run on its schedule; a run still going when the next is due is not doubled. */
@ApplicationScoped
public class ConnectorSchedule {

    private static final Logger LOG = Logger.getLogger(ConnectorSchedule.class);

    private final ConnectorRunner runner;
    private final TikTokConnector tiktok;
    private final YouTubeConnector youtube;

    public ConnectorSchedule(ConnectorRunner runner, TikTokConnector tiktok, YouTubeConnector youtube) {
        this.runner = runner;
        this.tiktok = tiktok;
        this.youtube = youtube;
    }

    @Scheduled(identity = "connector-tiktok", every = "${pantau.ingestion.connectors.tiktok.every:15m}",
            delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tiktok() {
        return runIfEnabled(tiktok);
    }

    @Scheduled(identity = "connector-youtube", every = "${pantau.ingestion.connectors.youtube.every:15m}",
            delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> youtube() {
        return runIfEnabled(youtube);
    }

    private Uni<Void> runIfEnabled(SearchConnector connector) {
        if (!connector.config().enabled() || !connector.configured()) {
            return Uni.createFrom().voidItem();
        }
        return runner.run(connector)
                .invoke(result -> LOG.infof("Connector %s: %s after %d pages, %d items", result.connector(),
                        result.outcome(), result.pages(), result.items()))
                .onFailure().invoke(failure -> LOG.errorf(failure, "Connector %s run failed", connector.name()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
