package id.pantau.cases.rest;

import id.pantau.cases.domain.Priority;
import id.pantau.cases.service.SlaPolicies;
import id.pantau.commons.problem.ProblemException;
import id.pantau.commons.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Response deadlines per platform: supervisors set them, auditors read them, approvals use them. */
@Path("/api/v1/sla-policies")
@Produces(MediaType.APPLICATION_JSON)
public class SlaPolicyResource {

    /** Anything longer is a typo, not a deadline a notice could lawfully give. */
    private static final Duration LONGEST = Duration.ofDays(30);

    private final SlaPolicies policies;
    private final Caller caller;

    public SlaPolicyResource(SlaPolicies policies, Caller caller) {
        this.policies = policies;
        this.caller = caller;
    }

    /** The platforms a supervisor configured; every other platform uses the defaults. */
    @GET
    @RolesAllowed({"supervisor", "auditor"})
    public Uni<List<SlaPolicyView>> list() {
        return policies.configured().map(found -> found.stream()
                .map(p -> SlaPolicyView.of(new SlaPolicies.Effective(p.platform, p.deadlineFor(Priority.NORMAL),
                        p.deadlineFor(Priority.URGENT), p)))
                .toList());
    }

    @GET
    @Path("{platform}")
    @RolesAllowed({"supervisor", "auditor"})
    public Uni<SlaPolicyView> get(@PathParam("platform") String platform) {
        return policies.of(RequestParams.platform(platform)).map(SlaPolicyView::of);
    }

    @PUT
    @Path("{platform}")
    @RolesAllowed("supervisor")
    public Uni<SlaPolicyView> put(@PathParam("platform") String platform, @Valid @NotNull SlaPolicyRequest body) {
        String name = RequestParams.platform(platform);
        Duration normal = duration("normal", body.normal());
        Duration urgent = duration("urgent", body.urgent());
        if (urgent.compareTo(normal) > 0) {
            throw ProblemException.badRequest("urgent (%s) must not be longer than normal (%s)".formatted(urgent, normal));
        }
        return policies.set(name, normal, urgent, caller.name()).map(SlaPolicyView::of);
    }


    private static Duration duration(String field, String raw) {
        Duration parsed;
        try {
            parsed = Duration.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(field + " must be an ISO-8601 duration such as PT24H, not " + raw);
        }
        if (parsed.isNegative() || parsed.isZero() || parsed.compareTo(LONGEST) > 0 || parsed.getNano() != 0) {
            throw ProblemException.badRequest(field + " must be whole seconds, more than zero and at most "
                    + LONGEST + ", not " + raw);
        }
        return parsed;
    }
}
