package id.pantau.cases.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.pantau.cases.service.CaseQueries;
import id.pantau.cases.service.EvidenceBundle;
import id.pantau.cases.service.EvidenceExport;
import id.pantau.cases.service.MinistryCases;
import id.pantau.cases.service.QueueFilter;
import id.pantau.cases.service.QueueOrder;
import java.time.Instant;
import org.jboss.resteasy.reactive.RestResponse;
import id.pantau.commons.problem.ProblemException;
import id.pantau.commons.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** The ministry's case API: the queue, one case file, and the decisions analysts and reviewers take. */
@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    static final String NEXT_CURSOR = "X-Next-Cursor";

    private final CaseQueries queries;
    private final MinistryCases decisions;
    private final Caller caller;
    private final OptionalJsonBody optionalBody;
    private final EvidenceExport evidenceExport;

    public CaseResource(CaseQueries queries, MinistryCases decisions, Caller caller, OptionalJsonBody optionalBody,
            EvidenceExport evidenceExport) {
        this.queries = queries;
        this.evidenceExport = evidenceExport;
        this.decisions = decisions;
        this.caller = caller;
        this.optionalBody = optionalBody;
    }

    /**
     * The review queue: URGENT first, then score, reach and age (or {@code sort=newest|oldest|score|reach});
     * filtered; 50 rows a page by default.
     * The body stays a plain list (older clients read it as such); the next page's cursor comes in the
     * {@code X-Next-Cursor} header, absent on the last page.
     */
    @GET
    @RolesAllowed({"analyst", "reviewer", "supervisor", "auditor"})
    public Uni<RestResponse<List<CaseSummary>>> list(@QueryParam("state") String state,
            @QueryParam("platform") String platform, @QueryParam("authorId") String authorId,
            @QueryParam("ruleId") String ruleId, @QueryParam("q") String text, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("sort") String sort, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        Instant since = RequestParams.optionalInstant(from, "from");
        Instant until = RequestParams.optionalInstant(to, "to");
        RequestParams.range(since, until);
        var filter = new QueueFilter(RequestParams.optionalState(state), RequestParams.optionalPlatform(platform),
                RequestParams.optionalText(authorId, "authorId", 256), RequestParams.optionalText(ruleId, "ruleId", 256),
                RequestParams.optionalText(text, "q", 200), since, until);
        return queries.queue(filter, QueueOrder.parse(sort), RequestParams.optionalCursor(cursor),
                RequestParams.limit(limit)).map(page -> {
            var response = RestResponse.ResponseBuilder.ok(page.items().stream().map(CaseSummary::of).toList());
            if (page.nextCursor() != null) {
                response.header(NEXT_CURSOR, page.nextCursor());
            }
            return response.build();
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"analyst", "reviewer", "supervisor", "auditor"})
    public Uni<CaseDetail> get(@PathParam("id") String id) {
        return queries.file(RequestParams.id(id, "case")).map(CaseDetail::of);
    }

    /**
     * The evidence bundle: every snapshot and the case record as files, with a {@code sha256sum -c}
     * manifest, so that a court or auditor can check the digests without trusting this service.
     */
    @GET
    @Path("{id}/evidence")
    @RolesAllowed({"analyst", "reviewer", "supervisor", "auditor"})
    public Uni<EvidenceBundle> evidence(@PathParam("id") String id) {
        return evidenceExport.bundle(RequestParams.id(id, "case"));
    }

    /** OPEN → PROPOSED; the caller becomes the proposer, who may not approve it. */
    @POST
    @Path("{id}/propose")
    @RolesAllowed("analyst")
    public Uni<CaseDetail> propose(@PathParam("id") String id, @Valid @NotNull ProposeRequest body) {
        return decisions.propose(RequestParams.id(id, "case"), Actors.of(caller), body.legalBasis(), body.reason())
                .map(CaseDetail::of);
    }

    /**
     * PROPOSED → APPROVED and a notice to the platform; 409 when the caller proposed it. The body
     * ({@link ApproveRequest}) is optional, so a bare POST without Content-Type is fine.
     */
    @POST
    @Path("{id}/approve")
    @RolesAllowed("reviewer")
    @Consumes(MediaType.WILDCARD)
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApproveRequest.class)))
    public Uni<CaseDetail> approve(@PathParam("id") String id, String body) throws JsonProcessingException {
        UUID caseId = RequestParams.id(id, "case");
        ApproveRequest request = optionalBody.read(body, ApproveRequest.class, ApproveRequest.NONE);
        return decisions.approve(caseId, Actors.of(caller), request.reason()).map(CaseDetail::of);
    }

    /** OPEN or PROPOSED → DISMISSED (a false positive). */
    @POST
    @Path("{id}/dismiss")
    @RolesAllowed({"analyst", "reviewer"})
    public Uni<CaseDetail> dismiss(@PathParam("id") String id, @Valid @NotNull ReasonRequest body) {
        return decisions.dismiss(RequestParams.id(id, "case"), Actors.of(caller), body.reason()).map(CaseDetail::of);
    }

    /** PROPOSED → OPEN: the reviewer wants the analyst to rework the proposal. */
    @POST
    @Path("{id}/send-back")
    @RolesAllowed("reviewer")
    public Uni<CaseDetail> sendBack(@PathParam("id") String id, @Valid @NotNull ReasonRequest body) {
        return decisions.sendBack(RequestParams.id(id, "case"), Actors.of(caller), body.reason()).map(CaseDetail::of);
    }

    /** CONTESTED → APPROVED: the ministry clarifies and a new notice goes out; the SLA clock resumes. */
    @POST
    @Path("{id}/clarify")
    @RolesAllowed("supervisor")
    public Uni<CaseDetail> clarify(@PathParam("id") String id, @Valid @NotNull ReasonRequest body) {
        return decisions.clarify(RequestParams.id(id, "case"), Actors.of(caller), body.reason()).map(CaseDetail::of);
    }

    /** CONTESTED → CLOSED: the ministry withdraws the notice. */
    @POST
    @Path("{id}/withdraw")
    @RolesAllowed("supervisor")
    public Uni<CaseDetail> withdraw(@PathParam("id") String id, @Valid @NotNull ReasonRequest body) {
        return decisions.withdraw(RequestParams.id(id, "case"), Actors.of(caller), body.reason()).map(CaseDetail::of);
    }

    /** ESCALATED → APPROVED: the same notice again, with a new id and a fresh SLA clock. */
    @POST
    @Path("{id}/resend")
    @RolesAllowed("supervisor")
    public Uni<CaseDetail> resend(@PathParam("id") String id, @Valid @NotNull ReasonRequest body) {
        return decisions.resend(RequestParams.id(id, "case"), Actors.of(caller), body.reason(), false).map(CaseDetail::of);
    }

    /** ESCALATED → APPROVED: a warning letter (a notice of kind WARNING_LETTER) with a fresh SLA clock. */
    @POST
    @Path("{id}/warning-letter")
    @RolesAllowed("supervisor")
    public Uni<CaseDetail> warningLetter(@PathParam("id") String id, @Valid @NotNull ReasonRequest body) {
        return decisions.resend(RequestParams.id(id, "case"), Actors.of(caller), body.reason(), true).map(CaseDetail::of);
    }

    /** ESCALATED → CLOSED. */
    @POST
    @Path("{id}/close")
    @RolesAllowed("supervisor")
    public Uni<CaseDetail> close(@PathParam("id") String id, @Valid @NotNull ReasonRequest body) {
        return decisions.close(RequestParams.id(id, "case"), Actors.of(caller), body.reason()).map(CaseDetail::of);
    }

    /** CLOSED or DISMISSED → OPEN: an appeal or new evidence. */
    @POST
    @Path("{id}/reopen")
    @RolesAllowed("supervisor")
    public Uni<CaseDetail> reopen(@PathParam("id") String id, @Valid @NotNull ReasonRequest body) {
        return decisions.reopen(RequestParams.id(id, "case"), Actors.of(caller), body.reason()).map(CaseDetail::of);
    }
}
