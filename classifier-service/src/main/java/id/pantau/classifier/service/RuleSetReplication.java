package id.pantau.classifier.service;

import id.pantau.classifier.config.ClassifierConfig;
import id.pantau.classifier.config.RuleSetLoader;
import id.pantau.classifier.domain.RuleSet;
import id.pantau.classifier.repository.RuleSetRepository;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings this replica's {@link ActiveRuleSet} up and keeps it current: at startup it seeds an empty
 * database from the configured rule-set files (an invalid file stops the start) and loads the active
 * version; then it LISTENs for activations and checks the active version every
 * {@code pantau.classifier.active-check} as a safety net.
 */
@Singleton
public class RuleSetReplication {

    /** The actor recorded for versions stored at first start. */
    public static final String SEED_ACTOR = "seed";

    // Generous: on a starved node the first start parses and stores every seed file; failing then only restarts it.
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(180);

    private final ActiveRuleSet active;
    private final PgSubscriber subscriber;

    RuleSetReplication(RuleSetRepository repository, ClassifierConfig config, Clock clock, Vertx vertx,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String username,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.active = new ActiveRuleSet(repository);
        // Startup, not a request: waiting here keeps the service from taking traffic without a rule set.
        repository.seedIfEmpty(seeds(config.ruleSet(), config.draftRuleSets()), SEED_ACTOR, clock.instant()).await().atMost(STARTUP_TIMEOUT);
        active.refresh().await().atMost(STARTUP_TIMEOUT);
        if (active.version() == 0) {
            throw new IllegalStateException("The database holds no ACTIVE rule set");
        }
        this.subscriber = subscriber(vertx, url, username, password);
        active.listen(subscriber);
        subscriber.connect().subscribe().with(ignored -> { }, e -> { });
    }

    /** A LISTEN connection of its own (pooled connections come and go); retried every second when lost. */
    public static PgSubscriber subscriber(Vertx vertx, String url, String username, String password) {
        String uri = url.startsWith("vertx-reactive:") ? url.substring("vertx-reactive:".length()) : url;
        PgConnectOptions options = PgConnectOptions.fromUri(uri).setUser(username).setPassword(password);
        return PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> 1_000L);
    }

    @Produces
    @Singleton
    @Startup
    ActiveRuleSet activeRuleSet() {
        return active;
    }

    @Scheduled(every = "${pantau.classifier.active-check:10s}", delayed = "${pantau.classifier.active-check:10s}")
    Uni<Void> checkActiveVersion() {
        return active.refresh();
    }

    void stop(@Observes ShutdownEvent event) {
        subscriber.close().subscribe().with(ignored -> { }, e -> { });
    }

    /** Every seed file is read and validated now: a broken file fails the start with the loader's message. */
    public static List<RuleSetRepository.Seed> seeds(String activeLocation, List<String> draftLocations) {
        List<RuleSetRepository.Seed> seeds = new ArrayList<>();
        seeds.add(seed(activeLocation));
        for (String draft : draftLocations) {
            RuleSetRepository.Seed seed = seed(draft);
            if (seeds.stream().noneMatch(s -> s.version() == seed.version())) {
                seeds.add(seed);
            }
        }
        return seeds;
    }

    private static RuleSetRepository.Seed seed(String location) {
        RuleSet ruleSet = RuleSetLoader.load(location);
        return new RuleSetRepository.Seed(ruleSet.version(), ruleSet.id(), read(location));
    }

    private static String read(String location) {
        try {
            if (location.startsWith(RuleSetLoader.CLASSPATH_PREFIX)) {
                String resource = location.substring(RuleSetLoader.CLASSPATH_PREFIX.length());
                try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            return Files.readString(Path.of(location));
        } catch (IOException e) {
            throw new IllegalStateException("Rule set " + location + " was readable a moment ago: " + e.getMessage(), e);
        }
    }
}
