package id.pantau.cases.service;

import id.pantau.cases.domain.Actor;
import id.pantau.cases.domain.Command;
import id.pantau.cases.domain.TakedownCase;
import id.pantau.cases.domain.TransitionInput;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The ministry's decisions on a case, each one transaction that returns the updated case file. */
@ApplicationScoped
public class MinistryCases {

    private final CaseQueries queries;
    private final CaseTransitions transitions;
    private final NoticeIssuer notices;

    public MinistryCases(CaseQueries queries, CaseTransitions transitions, NoticeIssuer notices) {
        this.queries = queries;
        this.transitions = transitions;
        this.notices = notices;
    }

    public Uni<CaseFile> propose(UUID id, Actor analyst, String legalBasis, String reason) {
        return decide(id, analyst, Command.PROPOSE, new TransitionInput(reason, legalBasis, null));
    }

    public Uni<CaseFile> dismiss(UUID id, Actor actor, String reason) {
        return decide(id, actor, Command.DISMISS, TransitionInput.reason(reason));
    }

    public Uni<CaseFile> sendBack(UUID id, Actor reviewer, String reason) {
        return decide(id, reviewer, Command.SEND_BACK, TransitionInput.reason(reason));
    }

    /** Approval and its notice (with the {@code NoticeRequested} event) commit together or not at all. */
    public Uni<CaseFile> approve(UUID id, Actor reviewer, String reason) {
        return Panache.withTransaction(() -> queries.existing(id)
                .chain(found -> transitions.apply(found, Command.APPROVE, reviewer, TransitionInput.reason(reason)))
                .call(notices::issue)
                .chain(queries::fileOf));
    }

    private Uni<CaseFile> decide(UUID id, Actor actor, Command command, TransitionInput input) {
        return Panache.withTransaction(() -> queries.existing(id)
                .chain(found -> transitions.apply(found, command, actor, input))
                .chain((TakedownCase changed) -> queries.fileOf(changed)));
    }
}
