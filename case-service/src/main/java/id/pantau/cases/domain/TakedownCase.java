package id.pantau.cases.domain;

import id.pantau.events.Verdict;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A takedown case: one per content item. Its state changes only through {@link #apply}, which consults
 * {@link CaseLifecycle} and extends the audit chain, so a state never changes without an audit entry.
 */
@Entity
@Table(name = "takedown_case")
public class TakedownCase {

    @Id
    public UUID id;

    @Column(name = "content_id")
    public UUID contentId;

    @Enumerated(EnumType.STRING)
    public CaseState state;

    @Enumerated(EnumType.STRING)
    public Priority priority;

    public String platform;

    @Column(name = "external_id")
    public String externalId;

    public String url;

    @Column(name = "author_id")
    public String authorId;

    @Column(name = "author_handle")
    public String authorHandle;

    @Enumerated(EnumType.STRING)
    public Verdict verdict;

    public double score;

    /** The catalogue entry the proposal cites; {@link #legalBasis} is its citation. */
    @Column(name = "legal_basis_id")
    public String legalBasisId;

    @Column(name = "legal_basis")
    public String legalBasis;

    public String reason;

    @Column(name = "proposed_by")
    public String proposedBy;

    @Column(name = "approved_by")
    public String approvedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "action_taken")
    public PlatformAction actionTaken;

    @Column(name = "platform_reference")
    public String platformReference;

    /** When the platform must have acted; null until approval. Moves later by the time spent CONTESTED. */
    @Column(name = "sla_deadline")
    public Instant slaDeadline;

    /** Set while CONTESTED: the ministry owes a clarification, so the platform's clock does not run. */
    @Column(name = "sla_paused_at")
    public Instant slaPausedAt;

    @Column(name = "sla_paused_seconds")
    public long slaPausedSeconds;

    /** The seq and hash of the newest audit entry: the next entry links to them without a query. */
    @Column(name = "audit_seq")
    public int auditSeq;

    @Column(name = "audit_head")
    public String auditHead;

    /** Views or followers when the content metrics carry them; 0 otherwise. Orders the review queue. */
    public long reach;

    /** The account had reached the repeat-offender threshold when this case opened (priority raised). */
    @Column(name = "repeat_offender")
    public boolean repeatOffender;

    /** How a closed case ended: REMOVED, GEO_BLOCKED, WITHDRAWN, CLOSED. */
    public String outcome;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Two concurrent changes of one case: the second to commit fails instead of overwriting the first. */
    @Version
    public long version;

    /** Opens a case (the creation row of the table) and returns its first audit entry. */
    public static AuditRecord open(TakedownCase fresh, Actor actor, Instant now) {
        Transition row = CaseLifecycle.decide(Optional.empty(), null, Command.OPEN_CASE, actor, TransitionInput.NONE);
        fresh.state = row.to();
        fresh.createdAt = now;
        fresh.updatedAt = now;
        fresh.auditSeq = 0;
        fresh.auditHead = AuditChain.GENESIS;
        return fresh.extendAudit(actor, Command.OPEN_CASE, null, null, now);
    }

    /**
     * Moves the case if the lifecycle allows it and returns the audit entry to store.
     *
     * @throws TransitionRefused when it does not; the case is then unchanged
     */
    public AuditRecord apply(Command command, Actor actor, TransitionInput input, Instant now) {
        Transition row = CaseLifecycle.decide(Optional.of(state), proposedBy, command, actor, input);
        CaseState from = state;
        state = row.to();
        updatedAt = now;
        switch (command) {
            case PROPOSE -> {
                proposedBy = actor.name();
                legalBasis = input.legalBasis();
                reason = input.reason();
            }
            case APPROVE -> approvedBy = actor.name();
            case REPORT_ACTION -> platformReference = input.platformReference();
            default -> {
                // The audit entry carries everything else the transition needs to remember.
            }
        }
        if (from == CaseState.CONTESTED) {
            resumeSlaClock(now);
        }
        if (state == CaseState.CONTESTED) {
            slaPausedAt = now;
        }
        return extendAudit(actor, command, from, input.reason(), now);
    }

    /**
     * Records a fact about the case that moves no state (a reported appeal) in its audit chain; the
     * versioned update of the chain head serialises it with concurrent transitions.
     */
    public AuditRecord note(Actor actor, String action, String why, Instant now) {
        updatedAt = now;
        AuditRecord entry = AuditChain.link(auditHead, id, auditSeq + 1, actor.name(), action, state, state, why, now);
        auditSeq = entry.seq();
        auditHead = entry.hash();
        return entry;
    }

    /** Starts the platform's clock afresh (an approval): it must act within {@code allowed} from now. */
    public void startSlaClock(Instant now, Duration allowed) {
        slaDeadline = now.plus(allowed);
        slaPausedAt = null;
    }

    /** The deadline moves later by exactly the time the case spent waiting on the ministry. */
    private void resumeSlaClock(Instant now) {
        if (slaPausedAt == null) {
            return;
        }
        Duration paused = Duration.between(slaPausedAt, now);
        if (slaDeadline != null) {
            slaDeadline = slaDeadline.plus(paused);
        }
        slaPausedSeconds += paused.toSeconds();
        slaPausedAt = null;
    }

    private AuditRecord extendAudit(Actor actor, Command command, CaseState from, String why, Instant now) {
        AuditRecord entry = AuditChain.link(auditHead, id, auditSeq + 1, actor.name(), command.name(), from, state, why, now);
        auditSeq = entry.seq();
        auditHead = entry.hash();
        return entry;
    }
}
