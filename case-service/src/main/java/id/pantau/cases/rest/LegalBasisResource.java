package id.pantau.cases.rest;

import id.pantau.cases.service.LegalBasisCatalogue;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The legal-basis catalogue a proposal picks from. */
@Path("/api/v1/legal-bases")
@Produces(MediaType.APPLICATION_JSON)
public class LegalBasisResource {

    private final LegalBasisCatalogue catalogue;

    public LegalBasisResource(LegalBasisCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @RolesAllowed({"analyst", "reviewer", "supervisor", "auditor"})
    public Uni<List<LegalBasisView>> list() {
        return catalogue.all().map(found -> found.stream().map(LegalBasisView::of).toList());
    }
}
