package id.pantau.ingestion.rest;

import id.pantau.commons.problem.Problem;
import id.pantau.commons.problem.ProblemException;
import id.pantau.commons.security.Caller;
import id.pantau.ingestion.domain.ReportedUrl;
import id.pantau.ingestion.service.ContentReports;
import id.pantau.ingestion.service.ShortLinks;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reports")
@Tag(name = "reports")
public class ReportResource {

    private final ContentReports reports;
    private final Caller caller;
    private final ShortLinks shortLinks;

    public ReportResource(ContentReports reports, Caller caller, ShortLinks shortLinks) {
        this.shortLinks = shortLinks;
        this.reports = reports;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ANALYST, Roles.REVIEWER, Roles.SUPERVISOR})
    @APIResponse(responseCode = "202", description = "Report stored; new content created and announced if it was unknown",
            content = @Content(schema = @Schema(implementation = ReportResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, or a URL that is not a supported platform's post",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> report(@Valid @NotNull ReportRequest request) {
        Uni<ReportedUrl> target;
        try {
            target = shortLinks.target(request.url());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(e.getMessage());
        }
        return target.chain(resolved -> reports.report(caller.name(), request.url().strip(), request.note(), resolved)
                .map(filed -> Response.accepted(new ReportResponse(filed.report().id(), filed.report().contentId(),
                        resolved.platform(), resolved.externalId())).build()));
    }
}
