package id.pantau.classifier.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.classifier.config.ClassifierConfig;
import id.pantau.classifier.service.ActiveRuleSet;
import id.pantau.classifier.service.LabelledTextReader;
import id.pantau.classifier.service.RuleSetService;
import id.pantau.commons.security.Caller;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * Rule-set versions. Reading: the ministry roles and auditors. Drafting, editing and validating: analysts
 * and supervisors. Activating (and so rolling back): supervisors only.
 */
@Path("/api/v1/rulesets")
@Produces(MediaType.APPLICATION_JSON)
public class RuleSetResource {

    /** A rule set is a few hundred terms; a much larger body is a mistake, not a policy. */
    static final int MAX_DOCUMENT = 512 * 1024;
    /** A labelled set larger than this is split by the caller; it bounds one request's work to seconds. */
    static final int MAX_EVALUATION_ITEMS = 20_000;

    private final ActiveRuleSet active;
    private final RuleSetService ruleSets;
    private final Caller caller;
    private final ObjectMapper json;
    private final ClassifierConfig config;

    public RuleSetResource(ActiveRuleSet active, RuleSetService ruleSets, Caller caller, ObjectMapper json,
            ClassifierConfig config) {
        this.config = config;
        this.active = active;
        this.ruleSets = ruleSets;
        this.caller = caller;
        this.json = json;
    }

    /** Also for {@code ingestor}: ingestion-service reads its seed keywords from the rule set in force. */
    @GET
    @Path("/active")
    @RolesAllowed({"analyst", "reviewer", "supervisor", "auditor", "admin", "ingestor"})
    @NonBlocking
    public RuleSetView active() {
        return RuleSetView.of(active.ruleSet());
    }

    @GET
    @RolesAllowed({"analyst", "reviewer", "supervisor", "auditor", "admin"})
    public Uni<List<RuleSetVersionView>> list() {
        return ruleSets.list().map(all -> all.stream().map(RuleSetVersionView::summary).toList());
    }

    @GET
    @Path("/{version}")
    @RolesAllowed({"analyst", "reviewer", "supervisor", "auditor", "admin"})
    public Uni<RuleSetVersionView> get(@PathParam("version") int version) {
        return ruleSets.get(version).map(stored -> RuleSetVersionView.full(stored, json));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"analyst", "supervisor"})
    public Uni<Response> create(String document) {
        requireSize(document);
        return ruleSets.createDraft(document, caller.name()).map(stored -> Response
                .created(URI.create("/api/v1/rulesets/" + stored.version()))
                .entity(RuleSetVersionView.full(stored, json)).build());
    }

    @PUT
    @Path("/{version}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"analyst", "supervisor"})
    public Uni<RuleSetVersionView> edit(@PathParam("version") int version, String document) {
        requireSize(document);
        return ruleSets.editDraft(version, document).map(stored -> RuleSetVersionView.full(stored, json));
    }

    /** 200 with a summary when the version is valid; 422 problem+json with one field error per problem otherwise. */
    @POST
    @Path("/{version}/validate")
    @RolesAllowed({"analyst", "supervisor"})
    public Uni<ValidationView> validate(@PathParam("version") int version) {
        return ruleSets.validate(version).map(ruleSet -> new ValidationView(version, true, ruleSet.id(), ruleSet.rules().size()));
    }

    @POST
    @Path("/{version}/activate")
    @RolesAllowed("supervisor")
    public Uni<RuleSetVersionView> activate(@PathParam("version") int version) {
        return ruleSets.activate(version, caller.name()).map(stored -> RuleSetVersionView.full(stored, json));
    }

    /**
     * Precision, recall, F1, confusion matrix, recall per category and the misclassified items of this version
     * (with the installed model) on a labelled set in JSON Lines.
     */
    @POST
    @Path("/{version}/evaluate")
    @Consumes({"application/x-ndjson", "application/jsonl", MediaType.TEXT_PLAIN})
    @RolesAllowed({"analyst", "supervisor"})
    public Uni<RuleSetService.EvaluationReport> evaluate(@PathParam("version") int version, String jsonl) {
        List<id.pantau.classifier.domain.LabelledText> items = LabelledTextReader.read(jsonl, json, MAX_EVALUATION_ITEMS,
                config.maxTextLength());
        return ruleSets.evaluate(version, items);
    }

    public record ValidationView(int version, boolean valid, String ruleSetId, int rules) {
    }

    private static void requireSize(String document) {
        if (document != null && document.length() > MAX_DOCUMENT) {
            throw new id.pantau.commons.problem.ProblemException(413, "Content Too Large",
                    "A rule-set document may have at most " + MAX_DOCUMENT + " characters");
        }
    }
}
