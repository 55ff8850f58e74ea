package id.pantau.cases.rest;

import id.pantau.cases.domain.Appeal;
import id.pantau.cases.domain.Command;
import id.pantau.cases.service.AuditFilter;
import id.pantau.cases.service.AuditLog;
import id.pantau.cases.service.AuditVerification;
import id.pantau.commons.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** The audit log across all cases, for auditors and supervisors: read with filters, verify end to end. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditLog log;

    public AuditResource(AuditLog log) {
        this.log = log;
    }

    /** Oldest first (the order it was written), so a cursor never skips an entry appended later. */
    @GET
    @RolesAllowed({"auditor", "supervisor"})
    public Uni<PageView<AuditLogEntryView>> search(@QueryParam("caseId") String caseId,
            @QueryParam("actor") String actor, @QueryParam("action") String action, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        Instant since = RequestParams.optionalInstant(from, "from");
        Instant until = RequestParams.optionalInstant(to, "to");
        RequestParams.range(since, until);
        var filter = new AuditFilter(RequestParams.optionalId(caseId, "caseId"),
                RequestParams.optionalText(actor, "actor", 256), action(action), since, until);
        return log.search(filter, RequestParams.optionalCursor(cursor), RequestParams.limit(limit))
                .map(page -> PageView.of(page, AuditLogEntryView::of));
    }

    /** Recomputes every chain; 200 either way, {@code intact} false naming the first broken entry. */
    @GET
    @Path("verify")
    @RolesAllowed({"auditor", "supervisor"})
    public Uni<AuditVerification> verify() {
        return log.verify();
    }

    /** Every command of the lifecycle, and the facts recorded without a transition. */
    private static final List<String> ACTIONS = Stream.concat(Arrays.stream(Command.values()).map(Enum::name),
            Stream.of(Appeal.AUDIT_ACTION)).toList();

    private static String action(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (!ACTIONS.contains(raw.trim())) {
            throw ProblemException.badRequest("Unknown action " + raw + "; one of " + ACTIONS);
        }
        return raw.trim();
    }
}
