package id.pantau.cases.console;

import id.pantau.cases.console.ConsoleResource.Page;
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
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;

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
                ClassifierClient.Classification result, List<EvidenceText.Segment> segments);
    }

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
        return classifier.activeRuleSet(bearer())
                .map(ruleSet -> page(200, lang, ruleSet, null, "", null))
                .onFailure().recoverWithItem(failure -> page(502, lang, null, reason(failure), "", null));
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
                    "Text must not be blank and at most " + MAX_TEXT + " characters", input, null));
        }
        String bearer = bearer();
        return classifier.classify(bearer, new ClassifierClient.ClassifyRequest(input))
                .chain(result -> classifier.activeRuleSet(bearer)
                        .onFailure().recoverWithNull()
                        .map(ruleSet -> page(200, lang, ruleSet, null, input, result)))
                .onFailure().recoverWithItem(failure ->
                        page(status(failure), lang, null, reason(failure), input, null));
    }

    private Response page(int status, String lang, ClassifierClient.RuleSet ruleSet, String problem, String text,
            ClassifierClient.Classification result) {
        List<EvidenceText.Match> matches = result == null || result.matches() == null ? List.of()
                : result.matches().stream()
                        .map(m -> new EvidenceText.Match(m.ruleId(), m.term(), m.start(), m.end(), m.weight()))
                        .toList();
        ConsoleLocale locale = ConsoleLocale.of(lang);
        Page frame = new Page(ConsoleUser.of(identity), locale.code(), "/console/rules", csrf.token(identity));
        String body = Templates.rules(frame, ruleSet, problem, text, result, EvidenceText.segments(text, matches))
                .setLocale(locale.locale()).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(body).build();
    }

    private String bearer() {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        return token == null ? null : "Bearer " + token.getToken();
    }

    /** The classifier refusing the text is the person's mistake (400); anything else is the classifier's (502). */
    private static int status(Throwable failure) {
        return failure instanceof WebApplicationException e && e.getResponse().getStatus() == 400 ? 400 : 502;
    }

    private static String reason(Throwable failure) {
        LOG.warnf("classifier-service call failed: %s", failure.toString());
        if (failure instanceof WebApplicationException e) {
            return "classifier-service answered " + e.getResponse().getStatus();
        }
        return "classifier-service is not reachable";
    }
}
