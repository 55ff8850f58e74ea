package id.pantau.cases.rest;

import id.pantau.cases.domain.Command;
import id.pantau.cases.domain.PlatformAction;
import id.pantau.cases.service.PlatformNotices;
import id.pantau.commons.problem.ProblemException;
import id.pantau.commons.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;

/**
 * The platforms' door: a platform client (role {@code platform}) sees and answers only the notices
 * addressed to the platform named in its token's {@code platform} claim.
 */
@Path("/api/v1/platform/notices")
@Produces(MediaType.APPLICATION_JSON)
public class PlatformNoticeResource {

    private final PlatformNotices notices;
    private final Caller caller;

    public PlatformNoticeResource(PlatformNotices notices, Caller caller) {
        this.notices = notices;
        this.caller = caller;
    }

    /** Newest first, without evidence. */
    @GET
    @RolesAllowed("platform")
    public Uni<List<PlatformNoticeView>> list(@QueryParam("limit") String limit) {
        return notices.newest(platform(), RequestParams.limit(limit))
                .map(found -> found.stream().map(PlatformNoticeView::of).toList());
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
    @RolesAllowed("platform")
    public Uni<PlatformNoticeView> acknowledge(@PathParam("id") String id) {
        return notices.acknowledge(RequestParams.id(id, "notice"), platform(), Actors.of(caller))
                .map(PlatformNoticeView::of);
    }

    /** NOTICE_SENT or ACKNOWLEDGED → ACTIONED, with what was done and the platform's own reference. */
    @POST
    @Path("{id}/action")
    @RolesAllowed("platform")
    public Uni<PlatformNoticeView> action(@PathParam("id") String id, @Valid @NotNull ActionRequest body) {
        return notices.reportAction(RequestParams.id(id, "notice"), platform(), Actors.of(caller),
                        action(body.action()), body.reference())
                .map(PlatformNoticeView::of);
    }

    /** NOTICE_SENT or ACKNOWLEDGED → CONTESTED: the platform refuses, with its reason. */
    @POST
    @Path("{id}/reject")
    @RolesAllowed("platform")
    public Uni<PlatformNoticeView> reject(@PathParam("id") String id, @Valid @NotNull ReasonRequest body) {
        return notices.contest(RequestParams.id(id, "notice"), platform(), Actors.of(caller), Command.REJECT,
                body.reason()).map(PlatformNoticeView::of);
    }

    /** NOTICE_SENT or ACKNOWLEDGED → CONTESTED: the platform needs more from the ministry to act. */
    @POST
    @Path("{id}/clarification-request")
    @RolesAllowed("platform")
    public Uni<PlatformNoticeView> requestClarification(@PathParam("id") String id, @Valid @NotNull ReasonRequest body) {
        return notices.contest(RequestParams.id(id, "notice"), platform(), Actors.of(caller),
                Command.REQUEST_CLARIFICATION, body.reason()).map(PlatformNoticeView::of);
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
}
