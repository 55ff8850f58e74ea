package id.pantau.cases.rest;

import id.pantau.cases.service.BulkDecisions;
import id.pantau.commons.problem.ProblemException;
import id.pantau.commons.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.HashSet;
import java.util.List;

/** Decisions on up to 100 queue rows at once; 200 with one result per case, in the order given. */
@Path("/api/v1/cases/bulk")
@Produces(MediaType.APPLICATION_JSON)
public class BulkResource {

    private final BulkDecisions bulk;
    private final Caller caller;

    public BulkResource(BulkDecisions bulk, Caller caller) {
        this.bulk = bulk;
        this.caller = caller;
    }

    @POST
    @Path("propose")
    @RolesAllowed("analyst")
    public Uni<List<BulkDecisions.ItemResult>> propose(@Valid @NotNull BulkProposeRequest body) {
        return bulk.propose(distinct(body.caseIds()), Actors.of(caller), body.legalBasis(), body.reason());
    }

    @POST
    @Path("dismiss")
    @RolesAllowed({"analyst", "reviewer"})
    public Uni<List<BulkDecisions.ItemResult>> dismiss(@Valid @NotNull BulkDismissRequest body) {
        return bulk.dismiss(distinct(body.caseIds()), Actors.of(caller), body.reason());
    }

    /** A case named twice would get a success and a confusing 409 for the same decision. */
    private static List<String> distinct(List<String> caseIds) {
        if (new HashSet<>(caseIds).size() != caseIds.size()) {
            throw ProblemException.badRequest("caseIds names a case more than once");
        }
        return caseIds;
    }
}
