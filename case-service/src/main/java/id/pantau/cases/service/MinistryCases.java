package id.pantau.cases.service;

import id.pantau.cases.domain.Actor;
import id.pantau.cases.domain.Command;
import id.pantau.cases.domain.Notice;
import id.pantau.cases.domain.TakedownCase;
import id.pantau.cases.domain.TransitionInput;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** The ministry's decisions on a case, each one transaction that returns the updated case file. */
@ApplicationScoped
public class MinistryCases {

    private final CaseQueries queries;
    private final CaseTransitions transitions;
    private final NoticeIssuer notices;
    private final LegalBasisCatalogue catalogue;
    private final SlaPolicies slaPolicies;
    private final Clock clock;

    public MinistryCases(CaseQueries queries, CaseTransitions transitions, NoticeIssuer notices,
            LegalBasisCatalogue catalogue, SlaPolicies slaPolicies, Clock clock) {
        this.queries = queries;
        this.transitions = transitions;
        this.notices = notices;
        this.catalogue = catalogue;
        this.slaPolicies = slaPolicies;
        this.clock = clock;
    }

    /** {@code legalBasis} names a catalogue entry by id or citation; the case records both. */
    public Uni<CaseFile> propose(UUID id, Actor analyst, String legalBasis, String reason) {
        return Panache.withTransaction(() -> queries.existing(id)
                .chain(found -> catalogue.resolve(legalBasis)
                        .chain(cited -> transitions.apply(found, Command.PROPOSE, analyst,
                                        new TransitionInput(reason, cited.citation, null))
                                .invoke(proposed -> proposed.legalBasisId = cited.id)))
                .chain(queries::fileOf));
    }

    public Uni<CaseFile> dismiss(UUID id, Actor actor, String reason) {
        return decide(id, actor, Command.DISMISS, TransitionInput.reason(reason));
    }

    public Uni<CaseFile> sendBack(UUID id, Actor reviewer, String reason) {
        return decide(id, reviewer, Command.SEND_BACK, TransitionInput.reason(reason));
    }

    /**
     * Approval starts the platform's SLA clock from its policy; the notice (with the
     * {@code NoticeRequested} event) commits with the approval or not at all.
     */
    public Uni<CaseFile> approve(UUID id, Actor reviewer, String reason) {
        return Panache.withTransaction(() -> queries.existing(id)
                .chain(found -> transitions.apply(found, Command.APPROVE, reviewer, TransitionInput.reason(reason)))
                .call(approved -> slaPolicies.deadlineFor(approved.platform, approved.priority).chain(allowed -> {
                    Instant now = Timestamps.now(clock);
                    approved.startSlaClock(now, allowed);
                    return notices.issue(approved, now);
                }))
                .chain(queries::fileOf));
    }

    /**
     * CONTESTED → APPROVED: the ministry answers the platform and re-sends the notice. The clock resumes
     * where it paused, so the new notice's deadline is the old one moved by the time spent waiting.
     */
    public Uni<CaseFile> clarify(UUID id, Actor supervisor, String reason) {
        return Panache.withTransaction(() -> queries.existing(id)
                .chain(found -> transitions.apply(found, Command.CLARIFY_AND_RESEND, supervisor,
                        TransitionInput.reason(reason)))
                .call(resent -> notices.issue(resent, Timestamps.now(clock)))
                .chain(queries::fileOf));
    }

    /** CONTESTED → CLOSED: the ministry drops the takedown. */
    public Uni<CaseFile> withdraw(UUID id, Actor supervisor, String reason) {
        return Panache.withTransaction(() -> queries.existing(id)
                .chain(found -> transitions.apply(found, Command.WITHDRAW, supervisor, TransitionInput.reason(reason)))
                .invoke(closed -> closed.outcome = "WITHDRAWN")
                .chain(queries::fileOf));
    }

    /**
     * ESCALATED → APPROVED: the notice goes out again (a new notice id) with a fresh SLA clock from the
     * platform's policy, as a plain notice or as a warning letter.
     */
    public Uni<CaseFile> resend(UUID id, Actor supervisor, String reason, boolean warningLetter) {
        Command command = warningLetter ? Command.SEND_WARNING_LETTER : Command.RESEND_NOTICE;
        String kind = warningLetter ? Notice.KIND_WARNING_LETTER : Notice.KIND_TAKEDOWN;
        return Panache.withTransaction(() -> queries.existing(id)
                .chain(found -> transitions.apply(found, command, supervisor, TransitionInput.reason(reason)))
                .call(resent -> slaPolicies.deadlineFor(resent.platform, resent.priority).chain(allowed -> {
                    Instant now = Timestamps.now(clock);
                    resent.startSlaClock(now, allowed);
                    return notices.issue(resent, now, kind);
                }))
                .chain(queries::fileOf));
    }

    /** ESCALATED → CLOSED: the supervisor ends the case without verified removal. */
    public Uni<CaseFile> close(UUID id, Actor supervisor, String reason) {
        return Panache.withTransaction(() -> queries.existing(id)
                .chain(found -> transitions.apply(found, Command.CLOSE, supervisor, TransitionInput.reason(reason)))
                .invoke(closed -> closed.outcome = "CLOSED")
                .chain(queries::fileOf));
    }

    /**
     * CLOSED or DISMISSED → OPEN (an appeal or new evidence): the case is worked again from the queue;
     * its old outcome and SLA clock no longer apply.
     */
    public Uni<CaseFile> reopen(UUID id, Actor supervisor, String reason) {
        return Panache.withTransaction(() -> queries.existing(id)
                .chain(found -> transitions.apply(found, Command.REOPEN, supervisor, TransitionInput.reason(reason)))
                .invoke(reopened -> {
                    reopened.outcome = null;
                    reopened.slaDeadline = null;
                    reopened.slaPausedAt = null;
                })
                .chain(queries::fileOf));
    }

    private Uni<CaseFile> decide(UUID id, Actor actor, Command command, TransitionInput input) {
        return Panache.withTransaction(() -> queries.existing(id)
                .chain(found -> transitions.apply(found, command, actor, input))
                .chain((TakedownCase changed) -> queries.fileOf(changed)));
    }
}
