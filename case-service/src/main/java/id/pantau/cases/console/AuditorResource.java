package id.pantau.cases.console;

import id.pantau.cases.console.ConsoleResource.Page;
import id.pantau.cases.rest.RequestParams;
import id.pantau.cases.service.AuditLog;
import id.pantau.cases.service.AuditVerification;
import id.pantau.cases.service.Reports;
import id.pantau.cases.service.TransparencyCsv;
import id.pantau.cases.service.TransparencyRow;
import id.pantau.commons.problem.ProblemException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The auditors' page: the monthly transparency report as CSV or JSON downloads and the audit-chain
 * verification, both from the services behind {@code GET /api/v1/reports/transparency} and
 * {@code GET /api/v1/audit/verify}, for the same roles.
 */
@Path("/console/audit")
public class AuditorResource {


    @CheckedTemplate(basePath = "console", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance audit(Page page, String month, AuditVerification verification);
    }

    private final Reports reports;
    private final AuditLog auditLog;
    private final SecurityIdentity identity;
    private final ConsoleCsrf csrf;
    private final Clock clock;

    public AuditorResource(Reports reports, AuditLog auditLog, SecurityIdentity identity, ConsoleCsrf csrf,
            Clock clock) {
        this.reports = reports;
        this.auditLog = auditLog;
        this.identity = identity;
        this.csrf = csrf;
        this.clock = clock;
    }

    /** {@code verify=true} recomputes every chain (it reads the whole log, so only on request). */
    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({"supervisor", "auditor"})
    public Uni<TemplateInstance> page(@RestQuery boolean verify, @RestCookie(ConsoleLocale.COOKIE) String lang) {
        String lastMonth = YearMonth.now(clock.withZone(ZoneOffset.UTC)).minusMonths(1).toString();
        Uni<AuditVerification> verification = verify ? auditLog.verify() : Uni.createFrom().nullItem();
        ConsoleLocale locale = ConsoleLocale.of(lang);
        return verification.map(result -> Templates.audit(new Page(ConsoleUser.of(identity), locale.code(),
                "/console/audit", csrf.token(identity)), lastMonth, result).setLocale(locale.locale()));
    }

    @GET
    @Path("transparency")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed({"supervisor", "auditor"})
    public Uni<Response> transparency(@RestQuery String month, @RestQuery String platform,
            @RestQuery String format) {
        YearMonth period = RequestParams.month(month);
        String only = RequestParams.optionalPlatform(platform);
        boolean csv = switch (format == null ? "json" : format.trim()) {
            case "csv" -> true;
            case "json", "" -> false;
            default -> throw ProblemException.badRequest("format must be json or csv, not " + format);
        };
        String file = "transparency-" + period + (only == null ? "" : "-" + only) + (csv ? ".csv" : ".json");
        return reports.transparency(period, only).map(rows -> Response
                .ok(csv ? TransparencyCsv.write(rows) : rows, csv ? "text/csv" : MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build());
    }


}
