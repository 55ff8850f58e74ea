package id.pantau.cases.service;

import id.pantau.cases.domain.Actor;
import id.pantau.cases.domain.AuditEntry;
import id.pantau.cases.domain.AuditRecord;
import id.pantau.cases.domain.Command;
import id.pantau.cases.domain.TakedownCase;
import id.pantau.cases.domain.TransitionInput;
import id.pantau.cases.repository.AuditEntryRepository;
import id.pantau.cases.repository.CaseRepository;
import id.pantau.commons.outbox.Outbox;
import id.pantau.events.CaseStateChanged;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * Every state change of a case goes through here: the lifecycle decides, the audit chain grows and
 * {@code CaseStateChanged} is queued in the outbox, all in the caller's transaction.
 */
@ApplicationScoped
public class CaseTransitions {

    private final CaseRepository cases;
    private final AuditEntryRepository audit;
    private final Outbox outbox;
    private final Clock clock;

    public CaseTransitions(CaseRepository cases, AuditEntryRepository audit, Outbox outbox, Clock clock) {
        this.cases = cases;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Persists a new case (the lifecycle's creation row) with its first audit entry and event. */
    public Uni<TakedownCase> open(TakedownCase fresh) {
        AuditRecord entry = TakedownCase.open(fresh, Actor.SYSTEM, Timestamps.now(clock));
        return cases.persist(fresh)
                .call(() -> record(fresh, entry))
                .replaceWith(fresh);
    }

    /**
     * Applies a command to a case loaded in the current transaction.
     *
     * @return the case, changed; fails with {@code TransitionRefused} (nothing changed) or with an
     *         optimistic-lock failure when someone else changed the case first
     */
    public Uni<TakedownCase> apply(TakedownCase target, Command command, Actor actor, TransitionInput input) {
        return Uni.createFrom().item(() -> target.apply(command, actor, input, Timestamps.now(clock)))
                // The versioned UPDATE goes first, so a concurrent change fails here, before anything
                // else (audit seq, notice) is written and could collide in a less meaningful way.
                .call(() -> cases.flush())
                .call(entry -> record(target, entry))
                .replaceWith(target);
    }

    /** Adds a fact that moves no state (see {@link TakedownCase#note}) to the audit chain; no event. */
    public Uni<TakedownCase> note(TakedownCase target, Actor actor, String action, String reason) {
        return Uni.createFrom().item(() -> target.note(actor, action, reason, Timestamps.now(clock)))
                .call(() -> cases.flush())
                .call(entry -> audit.persist(AuditEntry.of(entry)))
                .replaceWith(target);
    }

    private Uni<Void> record(TakedownCase target, AuditRecord entry) {
        var event = new CaseStateChanged(target.id, target.contentId, target.platform, target.externalId,
                entry.from() == null ? null : entry.from().name(), entry.to().name(), entry.actor(), entry.reason(),
                entry.occurredAt());
        return audit.persist(AuditEntry.of(entry))
                .chain(() -> outbox.append(CaseStateChanged.TOPIC, CaseStateChanged.TYPE, target.id.toString(), event))
                .replaceWithVoid();
    }
}
