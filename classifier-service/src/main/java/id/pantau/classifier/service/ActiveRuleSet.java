package id.pantau.classifier.service;

import id.pantau.classifier.config.RuleSetLoader;
import id.pantau.classifier.domain.Classifier;
import id.pantau.classifier.domain.RuleSet;
import id.pantau.classifier.domain.StoredRuleSet;
import id.pantau.classifier.repository.RuleSetRepository;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * The rule set in force on this replica, compiled once per version. It follows the database: a NOTIFY on
 * {@link RuleSetRepository#CHANNEL} (sent when a version is activated) makes it reload at once, and a
 * periodic check catches a notice lost while the listening connection was down. A version that does not
 * compile (it was validated before activation, so only a bug could cause this) leaves the current one in
 * force and is logged. Swapping is one reference write, so classifications never see half a rule set.
 */
public class ActiveRuleSet {

    private static final Logger LOG = Logger.getLogger(ActiveRuleSet.class);

    private final RuleSetRepository repository;
    private final AtomicReference<Classifier> classifier = new AtomicReference<>();
    /** Orders database reads, so that a slow compile of what was active earlier cannot undo a later read. */
    private final AtomicLong reads = new AtomicLong();
    private long installedRead;

    public ActiveRuleSet(RuleSetRepository repository) {
        this.repository = repository;
    }

    /** Fails before the first {@link #refresh()} has completed; startup completes one before the service takes traffic. */
    public Classifier classifier() {
        Classifier current = classifier.get();
        if (current == null) {
            throw new IllegalStateException("No rule set is loaded yet");
        }
        return current;
    }

    public RuleSet ruleSet() {
        return classifier().ruleSet();
    }

    /** The version in force here, or 0 before the first load. */
    public int version() {
        Classifier current = classifier.get();
        return current == null ? 0 : current.ruleSet().version();
    }

    /** Reads the active version and compiles it (off the event loop) if it is not the one in force here. */
    public Uni<Void> refresh() {
        return repository.active().chain(stored -> {
            long read = reads.incrementAndGet();
            if (stored.isEmpty() || stored.get().version() == version()) {
                return Uni.createFrom().voidItem();
            }
            return Uni.createFrom().item(() -> compile(stored.get()))
                    .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                    .invoke(compiled -> install(compiled, read))
                    .onFailure().invoke(e -> LOG.errorf(e, "Rule set version %d cannot be compiled; keeping version %d",
                            stored.get().version(), version()))
                    .onFailure().recoverWithNull()
                    .replaceWithVoid();
        });
    }

    /** Reloads on every activation notice; the subscriber reconnects by itself after a lost connection. */
    public void listen(PgSubscriber subscriber) {
        subscriber.channel(RuleSetRepository.CHANNEL).handler(payload -> refresh().subscribe().with(
                ignored -> { }, e -> LOG.warnf(e, "Reloading the rule set after notice %s failed", payload)));
        // Anything activated while the connection was down is picked up as soon as it is back.
        subscriber.channel(RuleSetRepository.CHANNEL).subscribeHandler(() -> refresh().subscribe().with(ignored -> { },
                e -> LOG.warnf(e, "Reloading the rule set after reconnecting failed")));
    }

    static Classifier compile(StoredRuleSet stored) {
        return new Classifier(RuleSetLoader.parse("version " + stored.version(), stored.definition(), stored.version()));
    }

    private synchronized void install(Classifier compiled, long read) {
        if (read < installedRead) {
            return;
        }
        installedRead = read;
        Classifier previous = classifier.get();
        classifier.set(compiled);
        RuleSet ruleSet = compiled.ruleSet();
        LOG.infof("Active rule set %s v%d (%d rules)%s", ruleSet.id(), ruleSet.version(), ruleSet.rules().size(),
                previous == null ? "" : ", replacing v" + previous.ruleSet().version());
    }
}
