package id.pantau.ingestion.service.removal;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

@ApplicationScoped
public class RemovalSchedule {

    private static final Logger LOG = Logger.getLogger(RemovalSchedule.class);

    private final RemovalVerification removals;

    public RemovalSchedule(RemovalVerification removals) {
        this.removals = removals;
    }

    @Scheduled(identity = "removal-checks", every = "${pantau.ingestion.removal.every:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> checkDue() {
        return removals.checkDue()
                .onFailure().invoke(failure -> LOG.error("Removal checks failed; the next round retries them", failure))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
