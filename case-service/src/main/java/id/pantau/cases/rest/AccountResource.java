package id.pantau.cases.rest;

import id.pantau.cases.service.Accounts;
import id.pantau.commons.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A creator's account across its cases, for the ministry. */
@Path("/api/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    private final Accounts accounts;

    public AccountResource(Accounts accounts) {
        this.accounts = accounts;
    }

    @GET
    @Path("{platform}/{authorId}")
    @RolesAllowed({"analyst", "reviewer", "supervisor", "auditor"})
    public Uni<AccountView> get(@PathParam("platform") String platform, @PathParam("authorId") String authorId) {
        if (authorId.isBlank() || authorId.length() > 256) {
            throw ProblemException.badRequest("authorId must be 1 to 256 characters");
        }
        return accounts.of(RequestParams.platform(platform), authorId).map(AccountView::of);
    }
}
