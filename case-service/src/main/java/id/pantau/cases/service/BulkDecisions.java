package id.pantau.cases.service;

import id.pantau.cases.domain.Actor;
import id.pantau.cases.domain.TransitionRefused;
import id.pantau.commons.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.StaleObjectStateException;

/**
 * Bulk propose and bulk dismiss: each case is its own transaction, so one refusal leaves the others
 * decided, and each gets the status its single request would have had.
 */
@ApplicationScoped
public class BulkDecisions {

    /** One case's outcome: 200 with its new state, or the refusal's status and detail. */
    public record ItemResult(String caseId, int status, String state, String detail) {
    }

    private final MinistryCases decisions;
    private final LegalBasisCatalogue catalogue;

    public BulkDecisions(MinistryCases decisions, LegalBasisCatalogue catalogue) {
        this.decisions = decisions;
        this.catalogue = catalogue;
    }

    /** An unknown legal basis refuses the whole request (400) before any case is touched. */
    public Uni<List<ItemResult>> propose(List<String> caseIds, Actor analyst, String legalBasis, String reason) {
        return Panache.withSession(() -> catalogue.resolve(legalBasis))
                .chain(() -> each(caseIds, id -> decisions.propose(id, analyst, legalBasis, reason)));
    }

    public Uni<List<ItemResult>> dismiss(List<String> caseIds, Actor actor, String reason) {
        return each(caseIds, id -> decisions.dismiss(id, actor, reason));
    }

    private static Uni<List<ItemResult>> each(List<String> caseIds, Function<UUID, Uni<CaseFile>> decide) {
        return Multi.createFrom().iterable(caseIds)
                .onItem().transformToUniAndConcatenate(raw -> decideOne(raw, decide))
                .collect().asList();
    }

    private static Uni<ItemResult> decideOne(String raw, Function<UUID, Uni<CaseFile>> decide) {
        UUID id;
        try {
            id = UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().item(new ItemResult(raw, 404, null, "No case " + raw));
        }
        return decide.apply(id)
                .map(file -> new ItemResult(raw, 200, file.takedownCase().state.name(), null))
                .onFailure(BulkDecisions::refusal).recoverWithItem(failure -> refused(raw, failure));
    }

    private static boolean refusal(Throwable failure) {
        return failure instanceof ProblemException || failure instanceof TransitionRefused
                || failure instanceof OptimisticLockException || failure instanceof StaleObjectStateException;
    }

    private static ItemResult refused(String caseId, Throwable failure) {
        int status = switch (failure) {
            case ProblemException problem -> problem.status();
            case TransitionRefused refused -> switch (refused.why()) {
                case WRONG_STATE, FOUR_EYES -> 409;
                case ROLE_NOT_ALLOWED -> 403;
                case MISSING_INPUT -> 400;
            };
            default -> 409;
        };
        String detail = status == 409 && !(failure instanceof ProblemException) && !(failure instanceof TransitionRefused)
                ? "The case was changed by someone else; reload and try again."
                : failure.getMessage();
        return new ItemResult(caseId, status, null, detail);
    }
}
