package id.pantau.cases.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.cases.domain.Command;
import id.pantau.cases.domain.ContestReason;
import id.pantau.cases.domain.PlatformAction;
import id.pantau.cases.service.IdempotentWrites;
import id.pantau.cases.service.PlatformNoticeFile;
import id.pantau.cases.service.PlatformNotices;
import id.pantau.commons.problem.ProblemException;
import id.pantau.commons.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The platforms' door: a platform client (role {@code platform}) sees and answers only the notices
 * addressed to the platform named in its token's {@code platform} claim. Every write takes an optional
 * {@code Idempotency-Key}: a retry with the same key and body gets the first answer, and changes nothing.
 */
@Path("/api/v1/platform/notices")
@Produces(MediaType.APPLICATION_JSON)
public class PlatformNoticeResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final String WRITE_ANSWER = "The notice after the write, or the first answer replayed";

    private final PlatformNotices notices;
    private final IdempotentWrites idempotent;
    private final Caller caller;
    private final ObjectMapper json;

    public PlatformNoticeResource(PlatformNotices notices, IdempotentWrites idempotent, Caller caller, ObjectMapper json) {
        this.notices = notices;
        this.idempotent = idempotent;
        this.caller = caller;
        this.json = json;
    }

    /**
     * Newest first, without evidence; optionally only notices whose case is in {@code state} and those issued
     * at or after {@code since}. The next page's cursor comes in the {@code X-Next-Cursor} header.
     */
    @GET
    @RolesAllowed("platform")
    public Uni<RestResponse<List<PlatformNoticeView>>> list(@QueryParam("state") String state,
            @QueryParam("since") String since, @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return notices.newest(platform(), RequestParams.optionalState(state), RequestParams.optionalInstant(since, "since"),
                        RequestParams.optionalCursor(cursor), RequestParams.limit(limit))
                .map(page -> {
                    var response = RestResponse.ResponseBuilder.ok(page.items().stream().map(PlatformNoticeView::of).toList());
                    if (page.nextCursor() != null) {
                        response.header(CaseResource.NEXT_CURSOR, page.nextCursor());
                    }
                    return response.build();
                });
    }

    /** One notice with the evidence it cites; another platform's notice is 404. */
    @GET
    @Path("{id}")
    @RolesAllowed("platform")
    public Uni<PlatformNoticeView> get(@PathParam("id") String id) {
        return notices.one(RequestParams.id(id, "notice"), platform()).map(PlatformNoticeView::of);
    }

    /** NOTICE_SENT → ACKNOWLEDGED. */
    @POST
    @Path("{id}/acknowledge")
    @APIResponse(responseCode = "200", description = WRITE_ANSWER,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlatformNoticeView.class)))
    @RolesAllowed("platform")
    public Uni<Response> acknowledge(@PathParam("id") String id, @HeaderParam(IDEMPOTENCY_KEY) String key) {
        UUID noticeId = RequestParams.id(id, "notice");
        String platform = platform();
        return write(platform, key, "acknowledge", noticeId, null,
                () -> notices.acknowledge(noticeId, platform, Actors.of(caller)));
    }

    /** NOTICE_SENT or ACKNOWLEDGED → ACTIONED, with what was done, the platform's own reference and when. */
    @POST
    @Path("{id}/action")
    @APIResponse(responseCode = "200", description = WRITE_ANSWER,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlatformNoticeView.class)))
    @RolesAllowed("platform")
    public Uni<Response> action(@PathParam("id") String id, @HeaderParam(IDEMPOTENCY_KEY) String key,
            @Valid @NotNull ActionRequest body) {
        UUID noticeId = RequestParams.id(id, "notice");
        String platform = platform();
        PlatformAction action = action(body.action());
        var actedAt = RequestParams.optionalInstant(body.actedAt(), "actedAt");
        return write(platform, key, "action", noticeId, body,
                () -> notices.reportAction(noticeId, platform, Actors.of(caller), action, body.reference(), actedAt));
    }

    /**
     * NOTICE_SENT or ACKNOWLEDGED → CONTESTED with a reason code; the SLA clock pauses until the
     * ministry answers. INSUFFICIENT_INFORMATION is a request for clarification, the others reject.
     */
    @POST
    @Path("{id}/contest")
    @APIResponse(responseCode = "200", description = WRITE_ANSWER,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlatformNoticeView.class)))
    @RolesAllowed("platform")
    public Uni<Response> contest(@PathParam("id") String id, @HeaderParam(IDEMPOTENCY_KEY) String key,
            @Valid @NotNull ContestRequest body) {
        UUID noticeId = RequestParams.id(id, "notice");
        String platform = platform();
        ContestReason code = reasonCode(body.reasonCode());
        return write(platform, key, "contest", noticeId, body,
                () -> notices.contest(noticeId, platform, Actors.of(caller), code, body.reason()));
    }

    /** NOTICE_SENT or ACKNOWLEDGED → CONTESTED: the platform refuses, with its reason. */
    @POST
    @Path("{id}/reject")
    @APIResponse(responseCode = "200", description = WRITE_ANSWER,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlatformNoticeView.class)))
    @RolesAllowed("platform")
    public Uni<Response> reject(@PathParam("id") String id, @HeaderParam(IDEMPOTENCY_KEY) String key,
            @Valid @NotNull ReasonRequest body) {
        UUID noticeId = RequestParams.id(id, "notice");
        String platform = platform();
        return write(platform, key, "reject", noticeId, body,
                () -> notices.contest(noticeId, platform, Actors.of(caller), Command.REJECT, body.reason()));
    }

    /** NOTICE_SENT or ACKNOWLEDGED → CONTESTED: the platform needs more from the ministry to act. */
    @POST
    @Path("{id}/clarification-request")
    @APIResponse(responseCode = "200", description = WRITE_ANSWER,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlatformNoticeView.class)))
    @RolesAllowed("platform")
    public Uni<Response> requestClarification(@PathParam("id") String id, @HeaderParam(IDEMPOTENCY_KEY) String key,
            @Valid @NotNull ReasonRequest body) {
        UUID noticeId = RequestParams.id(id, "notice");
        String platform = platform();
        return write(platform, key, "clarification-request", noticeId, body,
                () -> notices.contest(noticeId, platform, Actors.of(caller), Command.REQUEST_CLARIFICATION, body.reason()));
    }

    /** The content owner appealed against the action the platform took; recorded, no state change. */
    @POST
    @Path("{id}/appeal")
    @APIResponse(responseCode = "200", description = WRITE_ANSWER,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlatformNoticeView.class)))
    @RolesAllowed("platform")
    public Uni<Response> appeal(@PathParam("id") String id, @HeaderParam(IDEMPOTENCY_KEY) String key,
            @Valid @NotNull AppealRequest body) {
        UUID noticeId = RequestParams.id(id, "notice");
        String platform = platform();
        var filedAt = RequestParams.optionalInstant(body.filedAt(), "filedAt");
        return write(platform, key, "appeal", noticeId, body,
                () -> notices.reportAppeal(noticeId, platform, Actors.of(caller), body.reference(), body.text(), filedAt));
    }

    /**
     * A raw {@link Response} because a replay must return the stored answer byte for byte; the
     * {@code @APIResponse} on each write documents its body.
     */
    private Uni<Response> write(String platform, String key, String what, UUID noticeId, Object body,
            Supplier<Uni<PlatformNoticeFile>> change) {
        String request = "POST " + what + " " + noticeId + " " + fingerprint(body);
        return idempotent.run(platform, key, request, () -> change.get().map(PlatformNoticeView::of))
                .map(answer -> {
                    var response = Response.status(answer.status()).type(MediaType.APPLICATION_JSON).entity(answer.body());
                    if (answer.replayed()) {
                        response.header(REPLAYED, "true");
                    }
                    return response.build();
                });
    }

    private String fingerprint(Object body) {
        try {
            return body == null ? "" : json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Request records always serialise", e);
        }
    }

    private String platform() {
        return caller.platform()
                .filter(p -> !p.isBlank())
                .orElseThrow(() -> ProblemException.forbidden("The token names no platform"));
    }

    private static PlatformAction action(String raw) {
        try {
            return PlatformAction.valueOf(raw.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("Unknown action " + raw + "; one of " + Arrays.toString(PlatformAction.values()));
        }
    }

    private static ContestReason reasonCode(String raw) {
        try {
            return ContestReason.valueOf(raw.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("Unknown reasonCode " + raw + "; one of " + Arrays.toString(ContestReason.values()));
        }
    }
}
