package id.pantau.cases.console;

import id.pantau.cases.domain.LegalBasis;
import id.pantau.cases.domain.TransitionRefused;
import id.pantau.cases.service.CaseFile;
import id.pantau.cases.service.CaseQueries;
import id.pantau.cases.service.LegalBasisCatalogue;
import id.pantau.cases.service.MinistryCases;
import id.pantau.cases.service.Reports;
import id.pantau.commons.problem.ProblemException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The ministry console: server-rendered pages signed in through the {@code console} OIDC tenant (code flow
 * with PKCE). Every action is a plain form post (htmx only enhances), checked for a CSRF token, for the
 * role here and again by the lifecycle; after a change the browser is sent back to the page (303).
 */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class ConsoleResource {

    @CheckedTemplate(basePath = "console", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance queue(Page page, QueueFilter filter, QueuePage result,
                List<LegalBasis> legalBases);

        static native TemplateInstance bulk(Page page, String action, List<BulkResult> results);

        static native TemplateInstance casePage(Page page, CasePage view);

        static native TemplateInstance dashboard(Page page, Dashboard dashboard);

        static native TemplateInstance error(Page page, int status, String detail);

        static native TemplateInstance signedOut(Page page);
    }

    /** What every page's frame needs: who is signed in, the language, and where the language switch returns. */
    public record Page(ConsoleUser user, String lang, String path, String csrf) {
    }

    /** Calendar weeks of SLA compliance the dashboard draws, this one included. */
    static final int DASHBOARD_WEEKS = 8;

    private final CaseQueries caseQueries;
    private final CasePages casePages;
    private final Reports reports;
    private final MinistryCases decisions;
    private final LegalBasisCatalogue catalogue;
    private final SecurityIdentity identity;
    private final ConsoleCsrf csrf;
    private final Clock clock;

    public ConsoleResource(CaseQueries caseQueries, CasePages casePages, Reports reports, MinistryCases decisions,
            LegalBasisCatalogue catalogue, SecurityIdentity identity, ConsoleCsrf csrf, Clock clock) {
        this.caseQueries = caseQueries;
        this.casePages = casePages;
        this.reports = reports;
        this.decisions = decisions;
        this.catalogue = catalogue;
        this.identity = identity;
        this.csrf = csrf;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({"analyst", "reviewer", "supervisor", "auditor"})
    public Response home() {
        return seeOther("/console/queue");
    }

    @GET
    @Path("queue")
    @RolesAllowed({"analyst", "reviewer", "supervisor", "auditor"})
    public Uni<TemplateInstance> queue(@RestQuery String platform, @RestQuery String account,
            @RestQuery String rule, @RestQuery String q, @RestQuery String sort, @RestQuery String after,
            @RestCookie(ConsoleLocale.COOKIE) String lang) {
        QueueFilter filter = QueueFilter.parse(platform, account, rule, q, sort, after);
        return caseQueries.queue(filter.toQuery(), filter.order(), filter.after().orElse(null), filter.pageSize())
                .map(found -> {
                    Instant now = clock.instant();
                    return new QueuePage(found.items().stream().map(c -> QueueRow.of(c, now)).toList(),
                            Optional.ofNullable(found.nextCursor()));
                })
                .chain(result -> catalogue.all()
                        .map(bases -> Templates.queue(page(lang, "/console/queue"), filter, result, bases)))
                .map(view -> localised(view, lang));
    }

    @POST
    @Path("queue/propose")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("analyst")
    public Uni<TemplateInstance> bulkPropose(@RestForm("case") List<String> ids, @RestForm String legalBasis,
            @RestForm String reason, @RestCookie(ConsoleLocale.COOKIE) String lang,
            @RestForm(ConsoleCsrf.FIELD) String csrfToken) {
        csrf.verify(identity, csrfToken);
        ConsoleUser user = user();
        return bulk(ids, id -> decisions.propose(id, user.actor(), legalBasis, reason), "action_propose", lang);
    }

    @POST
    @Path("queue/dismiss")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"analyst", "reviewer"})
    public Uni<TemplateInstance> bulkDismiss(@RestForm("case") List<String> ids, @RestForm String reason,
            @RestCookie(ConsoleLocale.COOKIE) String lang,
            @RestForm(ConsoleCsrf.FIELD) String csrfToken) {
        csrf.verify(identity, csrfToken);
        ConsoleUser user = user();
        return bulk(ids, id -> decisions.dismiss(id, user.actor(), reason), "action_dismiss", lang);
    }

    @GET
    @Path("cases/{id}")
    @RolesAllowed({"analyst", "reviewer", "supervisor", "auditor"})
    public Uni<TemplateInstance> casePage(@RestPath String id, @RestCookie(ConsoleLocale.COOKIE) String lang) {
        UUID caseId = caseId(id);
        return casePages.of(caseId, user())
                .map(view -> localised(Templates.casePage(page(lang, "/console/cases/" + caseId), view), lang));
    }

    @POST
    @Path("cases/{id}/propose")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("analyst")
    public Uni<Response> propose(@RestPath String id, @RestForm String legalBasis, @RestForm String reason,
            @RestForm(ConsoleCsrf.FIELD) String csrfToken) {
        csrf.verify(identity, csrfToken);
        return backToCase(decisions.propose(caseId(id), user().actor(), legalBasis, reason));
    }

    @POST
    @Path("cases/{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("reviewer")
    public Uni<Response> approve(@RestPath String id, @RestForm String reason,
            @RestForm(ConsoleCsrf.FIELD) String csrfToken) {
        csrf.verify(identity, csrfToken);
        return backToCase(decisions.approve(caseId(id), user().actor(), blankToNull(reason)));
    }

    @POST
    @Path("cases/{id}/send-back")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("reviewer")
    public Uni<Response> sendBack(@RestPath String id, @RestForm String reason,
            @RestForm(ConsoleCsrf.FIELD) String csrfToken) {
        csrf.verify(identity, csrfToken);
        return backToCase(decisions.sendBack(caseId(id), user().actor(), reason));
    }

    @POST
    @Path("cases/{id}/dismiss")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"analyst", "reviewer"})
    public Uni<Response> dismiss(@RestPath String id, @RestForm String reason,
            @RestForm(ConsoleCsrf.FIELD) String csrfToken) {
        csrf.verify(identity, csrfToken);
        return backToCase(decisions.dismiss(caseId(id), user().actor(), reason));
    }

    @POST
    @Path("cases/{id}/clarify")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("supervisor")
    public Uni<Response> clarify(@RestPath String id, @RestForm String reason,
            @RestForm(ConsoleCsrf.FIELD) String csrfToken) {
        csrf.verify(identity, csrfToken);
        return backToCase(decisions.clarify(caseId(id), user().actor(), reason));
    }

    @POST
    @Path("cases/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("supervisor")
    public Uni<Response> withdraw(@RestPath String id, @RestForm String reason,
            @RestForm(ConsoleCsrf.FIELD) String csrfToken) {
        csrf.verify(identity, csrfToken);
        return backToCase(decisions.withdraw(caseId(id), user().actor(), reason));
    }

    @POST
    @Path("cases/{id}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("supervisor")
    public Uni<Response> close(@RestPath String id, @RestForm String reason,
            @RestForm(ConsoleCsrf.FIELD) String csrfToken) {
        csrf.verify(identity, csrfToken);
        return backToCase(decisions.close(caseId(id), user().actor(), reason));
    }

    @POST
    @Path("cases/{id}/resend")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("supervisor")
    public Uni<Response> resend(@RestPath String id, @RestForm String reason,
            @RestForm(ConsoleCsrf.FIELD) String csrfToken) {
        csrf.verify(identity, csrfToken);
        return backToCase(decisions.resend(caseId(id), user().actor(), reason, false));
    }

    @POST
    @Path("cases/{id}/warning-letter")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("supervisor")
    public Uni<Response> warningLetter(@RestPath String id, @RestForm String reason,
            @RestForm(ConsoleCsrf.FIELD) String csrfToken) {
        csrf.verify(identity, csrfToken);
        return backToCase(decisions.resend(caseId(id), user().actor(), reason, true));
    }

    @POST
    @Path("cases/{id}/reopen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("supervisor")
    public Uni<Response> reopen(@RestPath String id, @RestForm String reason,
            @RestForm(ConsoleCsrf.FIELD) String csrfToken) {
        csrf.verify(identity, csrfToken);
        return backToCase(decisions.reopen(caseId(id), user().actor(), reason));
    }

    @GET
    @Path("dashboard")
    @RolesAllowed({"analyst", "reviewer", "supervisor", "auditor"})
    public Uni<TemplateInstance> dashboard(@RestCookie(ConsoleLocale.COOKIE) String lang) {
        Instant since = LocalDate.now(clock.withZone(ZoneOffset.UTC)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(DASHBOARD_WEEKS - 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return reports.statistics(null, null)
                .chain(statistics -> reports.slaComplianceByWeek(since, null)
                        .chain(weeks -> reports.contestedReasons(null, null)
                                .map(reasons -> Dashboard.of(statistics, weeks, reasons))))
                .map(dashboard -> localised(Templates.dashboard(page(lang, "/console/dashboard"), dashboard), lang));
    }

    /** The language switch: remembered in a cookie, then back to the page it was used on (console paths only). */
    @GET
    @Path("lang")
    @PermitAll
    public Response language(@RestQuery String to, @RestQuery String back) {
        String target = back != null && back.matches("/console(/[A-Za-z0-9/_-]*)?") ? back : "/console/queue";
        NewCookie cookie = new NewCookie.Builder(ConsoleLocale.COOKIE).value(ConsoleLocale.of(to).code())
                .path("/console").maxAge(365 * 24 * 3600).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(target)).cookie(cookie).build();
    }

    /** Where Keycloak sends the browser after logout; public, since the session is gone. */
    @GET
    @Path("signed-out")
    @PermitAll
    public TemplateInstance signedOut(@RestCookie(ConsoleLocale.COOKIE) String lang) {
        Page page = new Page(null, ConsoleLocale.of(lang).code(), "/console/signed-out", null);
        return localised(Templates.signedOut(page), lang);
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers) {
        return errorPage(e.status(), e.getMessage(), headers);
    }

    @ServerExceptionMapper
    public Response refused(TransitionRefused e, HttpHeaders headers) {
        int status = switch (e.why()) {
            case ROLE_NOT_ALLOWED -> 403;
            case MISSING_INPUT -> 400;
            case WRONG_STATE, FOUR_EYES -> 409;
        };
        return errorPage(status, e.getMessage(), headers);
    }

    private Response errorPage(int status, String detail, HttpHeaders headers) {
        var cookie = headers.getCookies().get(ConsoleLocale.COOKIE);
        String lang = cookie == null ? null : cookie.getValue();
        ConsoleUser user = identity.isAnonymous() ? null : user();
        String body = localised(Templates.error(new Page(user, ConsoleLocale.of(lang).code(), "/console/queue", null),
                status, detail), lang).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(body).build();
    }

    private Uni<TemplateInstance> bulk(List<String> ids, Function<UUID, Uni<CaseFile>> action, String actionKey,
            String lang) {
        if (ids == null || ids.isEmpty()) {
            throw ProblemException.badRequest("Select at least one case");
        }
        if (ids.size() > QueueFilter.PAGE_SIZE) {
            throw ProblemException.badRequest("At most " + QueueFilter.PAGE_SIZE + " cases at once");
        }
        List<UUID> caseIds = ids.stream().map(ConsoleResource::caseId).toList();
        return Multi.createFrom().iterable(caseIds)
                .onItem().transformToUniAndConcatenate(id -> action.apply(id)
                        .map(file -> new BulkResult(id.toString(), true, file.takedownCase().state.name(), null))
                        .onFailure().recoverWithItem(failure -> new BulkResult(id.toString(), false, null,
                                failure.getMessage())))
                .collect().asList()
                .map(results -> localised(Templates.bulk(page(lang, "/console/queue"), actionKey, results), lang));
    }

    private Uni<Response> backToCase(Uni<CaseFile> change) {
        return change.map(file -> seeOther("/console/cases/" + file.takedownCase().id));
    }

    private Page page(String lang, String path) {
        return new Page(user(), ConsoleLocale.of(lang).code(), path, csrf.token(identity));
    }

    private ConsoleUser user() {
        return ConsoleUser.of(identity);
    }

    private static TemplateInstance localised(TemplateInstance view, String lang) {
        return view.setLocale(ConsoleLocale.of(lang).locale());
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static UUID caseId(String raw) {
        try {
            return UUID.fromString(raw.trim());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.badRequest("Not a case id: " + raw);
        }
    }
}
