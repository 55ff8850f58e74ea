package id.pantau.cases.console;

import id.pantau.cases.domain.Actor;
import id.pantau.cases.domain.Command;
import id.pantau.cases.domain.TransitionInput;
import id.pantau.cases.repository.CaseRepository;
import id.pantau.cases.service.CaseFile;
import id.pantau.cases.service.CaseQueries;
import id.pantau.cases.service.CaseTransitions;
import id.pantau.commons.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Lifecycle commands the case API does not expose yet (closing an escalated case). They go through the
 * same {@link CaseTransitions} as every other change, so the lifecycle, audit chain and outbox apply alike.
 */
@ApplicationScoped
public class ConsoleDecisions {

    private final CaseRepository cases;
    private final CaseTransitions transitions;
    private final CaseQueries queries;

    public ConsoleDecisions(CaseRepository cases, CaseTransitions transitions, CaseQueries queries) {
        this.cases = cases;
        this.transitions = transitions;
        this.queries = queries;
    }

    /** ESCALATED → CLOSED by a supervisor. */
    public Uni<CaseFile> close(UUID id, Actor supervisor, String reason) {
        return Panache.withTransaction(() -> cases.findById(id)
                        .onItem().ifNull().failWith(() -> ProblemException.notFound("No case " + id))
                        .chain(found -> transitions.apply(found, Command.CLOSE, supervisor,
                                TransitionInput.reason(reason))))
                .chain(() -> queries.file(id));
    }
}
