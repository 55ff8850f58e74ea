package id.pantau.cases.service;

import id.pantau.cases.config.CaseConfig;
import id.pantau.cases.domain.Actor;
import id.pantau.cases.domain.Command;
import id.pantau.cases.domain.TakedownCase;
import id.pantau.cases.domain.TransitionInput;
import id.pantau.cases.repository.CaseRepository;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Escalates every case whose platform let the SLA deadline pass. Safe with any number of replicas:
 * each batch locks its cases with {@code FOR UPDATE SKIP LOCKED} and changes state, audit chain, outbox
 * event and the platform's record in that one transaction, so a case is escalated exactly once.
 */
@ApplicationScoped
public class SlaEscalation {

    public static final String REASON = "SLA deadline passed";

    private static final Logger LOG = Logger.getLogger(SlaEscalation.class);

    private final CaseRepository cases;
    private final CaseTransitions transitions;
    private final WarningLadder ladder;
    private final CaseConfig config;
    private final Clock clock;
    private final MeterRegistry registry;

    public SlaEscalation(CaseRepository cases, CaseTransitions transitions, WarningLadder ladder, CaseConfig config,
            Clock clock, MeterRegistry registry) {
        this.cases = cases;
        this.transitions = transitions;
        this.ladder = ladder;
        this.config = config;
        this.clock = clock;
        this.registry = registry;
    }

    @Scheduled(every = "${pantau.case.escalation.every:30s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> scheduled() {
        return escalateOverdue()
                .invoke(escalated -> {
                    if (!escalated.isEmpty()) {
                        LOG.infof("Escalated %d overdue case(s)", escalated.size());
                    }
                })
                .replaceWithVoid();
    }

    /** One pass: batches until no overdue case is left that another pass is not already handling. */
    public Uni<List<UUID>> escalateOverdue() {
        return batchesFrom(new ArrayList<>(), Timestamps.now(clock));
    }

    private Uni<List<UUID>> batchesFrom(List<UUID> escalated, Instant now) {
        return batch(now).chain(done -> {
            escalated.addAll(done);
            return done.size() < config.escalation().batchSize()
                    ? Uni.createFrom().item(escalated)
                    : batchesFrom(escalated, now);
        });
    }

    private Uni<List<UUID>> batch(Instant now) {
        return Panache.withTransaction(() -> cases.lockOverdue(now, config.escalation().batchSize())
                .chain(overdue -> {
                    Uni<Void> steps = Uni.createFrom().voidItem();
                    for (TakedownCase target : overdue) {
                        // One after another: a reactive session runs one statement at a time.
                        steps = steps.chain(() -> escalate(target, now));
                    }
                    return steps.replaceWith(overdue);
                }))
                // Counted after the commit: a rolled-back batch breached nothing yet.
                .invoke(done -> done.forEach(c -> Counter.builder("pantau.sla.breaches")
                        .description("Cases escalated because the platform let the SLA deadline pass")
                        .tag("platform", c.platform)
                        .register(registry)
                        .increment()))
                .map(done -> done.stream().map(c -> c.id).toList());
    }

    private Uni<Void> escalate(TakedownCase target, Instant now) {
        return transitions.apply(target, Command.DEADLINE_PASSED, Actor.SYSTEM, TransitionInput.reason(REASON))
                .chain(escalated -> ladder.breach(escalated.platform, escalated.id, now));
    }
}
