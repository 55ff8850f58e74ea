package id.pantau.cases.console;

import id.pantau.cases.console.ConsoleResource.Page;
import com.fasterxml.jackson.databind.JsonNode;
import id.pantau.commons.problem.ProblemException;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The rule-set page: the classifier's active rule set and a playground that classifies a text with it,
 * both asked of classifier-service with the signed-in person's token.
 */
@Path("/console/rules")
@Produces(MediaType.TEXT_HTML)
public class RuleSetsResource {

    private static final Logger LOG = Logger.getLogger(RuleSetsResource.class);
    static final int MAX_TEXT = 10_000;

    @CheckedTemplate(basePath = "console", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance rules(Page page, ClassifierClient.RuleSet ruleSet, String problem, String text,
                ClassifierClient.Classification result, List<EvidenceText.Segment> segments,
                List<ClassifierClient.RuleSetVersion> versions);

        static native TemplateInstance ruleSetVersion(Page page, ClassifierClient.StoredRuleSet version,
                List<RuleRow> rules, String items, ClassifierClient.EvaluationReport report, String problem);

        static native TemplateInstance ruleSetDiff(Page page, RuleSetDiff diff);
    }

    /** One rule of a stored document, as the version page lists it. */
    public record RuleRow(String id, String kind, String weight, String words) {

        static List<RuleRow> of(JsonNode definition) {
            List<RuleRow> rows = new java.util.ArrayList<>();
            definition.path("rules").forEach(rule -> {
                List<String> words = new java.util.ArrayList<>();
                rule.path("terms").forEach(term -> words.add(term.asText()));
                rows.add(new RuleRow(rule.path("id").asText(), rule.path("kind").asText(), rule.path("weight").asText(),
                        String.join(", ", words)));
            });
            return rows;
        }
    }

    /** The labelled texts an evaluation takes at most from the form (the classifier takes 20,000 lines). */
    static final int MAX_EVALUATION_CHARS = 2_000_000;

    private final ClassifierClient classifier;
    private final SecurityIdentity identity;
    private final ConsoleCsrf csrf;

    public RuleSetsResource(@RestClient ClassifierClient classifier, SecurityIdentity identity, ConsoleCsrf csrf) {
        this.classifier = classifier;
        this.identity = identity;
        this.csrf = csrf;
    }

    @GET
    @RolesAllowed({"analyst", "reviewer", "supervisor", "auditor"})
    public Uni<Response> show(@RestCookie(ConsoleLocale.COOKIE) String lang) {
        String bearer = bearer();
        return classifier.versions(bearer).onFailure().recoverWithItem(List.of())
                .chain(versions -> classifier.activeRuleSet(bearer)
                        .map(ruleSet -> page(200, lang, ruleSet, null, "", null, versions))
                        .onFailure().recoverWithItem(failure -> page(502, lang, null, reason(failure), "", null, versions)));
    }

    /** A readable diff of two stored versions (rules matched by id). */
    @GET
    @Path("diff")
    @RolesAllowed({"analyst", "reviewer", "supervisor", "auditor"})
    public Uni<Response> diff(@RestQuery String from, @RestQuery String to, @RestCookie(ConsoleLocale.COOKIE) String lang) {
        int older = version(from);
        int newer = version(to);
        String bearer = bearer();
        return classifier.version(bearer, older)
                .chain(before -> classifier.version(bearer, newer)
                        .map(after -> html(200, lang, "/console/rules", Templates.ruleSetDiff(frame(lang, "/console/rules"),
                                RuleSetDiff.of(older, before.definition(), newer, after.definition())))))
                .onFailure().recoverWithItem(failure -> failed(lang, failure));
    }

    /** One version: its rules, and for analysts and supervisors the evaluation form. */
    @GET
    @Path("{version}")
    @RolesAllowed({"analyst", "reviewer", "supervisor", "auditor"})
    public Uni<Response> version(@RestPath String version, @RestCookie(ConsoleLocale.COOKIE) String lang) {
        int number = version(version);
        return classifier.version(bearer(), number)
                .map(stored -> versionPage(200, lang, stored, "", null, null))
                .onFailure().recoverWithItem(failure -> failed(lang, failure));
    }

    /**
     * Decides each labelled text with this version, as it would in force; nothing is stored. The report is
     * what a supervisor looks at before activating, so the activation button sits under it.
     */
    @POST
    @Path("{version}/evaluate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"analyst", "supervisor"})
    public Uni<Response> evaluate(@RestPath String version, @RestForm String items,
            @RestCookie(ConsoleLocale.COOKIE) String lang, @RestForm(ConsoleCsrf.FIELD) String csrfToken) {
        csrf.verify(identity, csrfToken);
        int number = version(version);
        String labelled = items == null ? "" : items;
        if (labelled.isBlank() || labelled.length() > MAX_EVALUATION_CHARS) {
            throw ProblemException.badRequest("Paste the labelled texts: one JSON line each, at most "
                    + MAX_EVALUATION_CHARS + " characters");
        }
        String bearer = bearer();
        return classifier.version(bearer, number)
                .chain(stored -> classifier.evaluate(bearer, number, labelled)
                        .map(report -> versionPage(200, lang, stored, labelled, report, null))
                        .onFailure().recoverWithItem(failure -> versionPage(status(failure), lang, stored, labelled,
                                null, reason(failure))))
                .onFailure().recoverWithItem(failure -> failed(lang, failure));
    }

    /** Puts the version in force (or back in force: a rollback); the classifier checks the role again. */
    @POST
    @Path("{version}/activate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("supervisor")
    public Uni<Response> activate(@RestPath String version, @RestCookie(ConsoleLocale.COOKIE) String lang,
            @RestForm(ConsoleCsrf.FIELD) String csrfToken) {
        csrf.verify(identity, csrfToken);
        int number = version(version);
        return classifier.activate(bearer(), number)
                .map(activated -> Response.seeOther(URI.create("/console/rules/" + number)).build())
                .onFailure().recoverWithItem(failure -> failed(lang, failure));
    }

    /** Nothing is stored: the classifier's pre-screening answers and forgets. */
    @POST
    @Path("classify")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"analyst", "reviewer", "supervisor"})
    public Uni<Response> classify(@RestForm String text, @RestCookie(ConsoleLocale.COOKIE) String lang,
            @RestForm(ConsoleCsrf.FIELD) String csrfToken) {
        csrf.verify(identity, csrfToken);
        String input = text == null ? "" : text;
        if (input.isBlank() || input.length() > MAX_TEXT) {
            return Uni.createFrom().item(page(400, lang, null,
                    "Text must not be blank and at most " + MAX_TEXT + " characters", input, null, List.of()));
        }
        String bearer = bearer();
        return classifier.classify(bearer, new ClassifierClient.ClassifyRequest(input))
                .chain(result -> classifier.activeRuleSet(bearer)
                        .onFailure().recoverWithNull()
                        .map(ruleSet -> page(200, lang, ruleSet, null, input, result, List.of())))
                .onFailure().recoverWithItem(failure ->
                        page(status(failure), lang, null, reason(failure), input, null, List.of()));
    }

    private Response page(int status, String lang, ClassifierClient.RuleSet ruleSet, String problem, String text,
            ClassifierClient.Classification result, List<ClassifierClient.RuleSetVersion> versions) {
        List<EvidenceText.Match> matches = result == null || result.matches() == null ? List.of()
                : result.matches().stream()
                        .map(m -> new EvidenceText.Match(m.ruleId(), m.term(), m.start(), m.end(), m.weight()))
                        .toList();
        return html(status, lang, "/console/rules", Templates.rules(frame(lang, "/console/rules"), ruleSet, problem, text,
                result, EvidenceText.segments(text, matches), versions));
    }

    private Response versionPage(int status, String lang, ClassifierClient.StoredRuleSet stored, String items,
            ClassifierClient.EvaluationReport report, String problem) {
        String path = "/console/rules/" + stored.version();
        return html(status, lang, path, Templates.ruleSetVersion(frame(lang, path), stored,
                RuleRow.of(stored.definition()), items, report, problem));
    }

    /** The classifier's refusal shown on the console's error page with its status (404, 409, 422 …; 502 if it is down). */
    private Response failed(String lang, Throwable failure) {
        int status = status(failure);
        return html(status, lang, "/console/rules", ConsoleResource.Templates.error(frame(lang, "/console/rules"),
                status, reason(failure)));
    }

    private Page frame(String lang, String path) {
        return new Page(ConsoleUser.of(identity), ConsoleLocale.of(lang).code(), path, csrf.token(identity));
    }

    private static Response html(int status, String lang, String path, TemplateInstance view) {
        String body = view.setLocale(ConsoleLocale.of(lang).locale()).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(body).build();
    }

    private static int version(String raw) {
        try {
            int number = Integer.parseInt(raw == null ? "" : raw.trim());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // the same refusal as a number below 1
        }
        throw ProblemException.badRequest("Not a rule-set version: " + raw);
    }

    private String bearer() {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        return token == null ? null : "Bearer " + token.getToken();
    }

    /** The classifier refusing the request is passed on (400, 403, 404, 409, 422 …); anything else is a 502. */
    private static int status(Throwable failure) {
        if (failure instanceof WebApplicationException e) {
            int status = e.getResponse().getStatus();
            return status >= 400 && status < 500 && status != 401 ? status : 502;
        }
        return 502;
    }

    /** The classifier's problem+json (its field errors say which line is wrong), shortened. */
    private static String detail(WebApplicationException e) {
        try {
            String body = e.getResponse().readEntity(String.class);
            return body == null || body.isBlank() ? "" : ": " + (body.length() <= 1000 ? body : body.substring(0, 1000));
        } catch (RuntimeException unreadable) {
            return "";
        }
    }

    private static String reason(Throwable failure) {
        LOG.warnf("classifier-service call failed: %s", failure.toString());
        if (failure instanceof WebApplicationException e) {
            return "classifier-service answered " + e.getResponse().getStatus() + detail(e);
        }
        return "classifier-service is not reachable";
    }
}
