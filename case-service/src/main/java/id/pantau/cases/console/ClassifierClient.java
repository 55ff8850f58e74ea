package id.pantau.cases.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * classifier-service's API as the console uses it, always with the signed-in person's own access token, so
 * the classifier applies its own role checks to that person.
 */
@RegisterRestClient(configKey = "classifier")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface ClassifierClient {

    record ClassifyRequest(String text) {
    }

    record Match(String ruleId, String term, int start, int end, double weight) {
    }

    record Classification(String verdict, double score, List<Match> matches, String ruleSetId, int ruleSetVersion) {
    }

    record Rule(String id, String kind, double weight, String description, List<String> terms) {
    }

    record RuleSet(String id, int version, String policy, Map<String, Double> thresholds, List<Rule> rules) {
    }

    /** A stored version as {@code GET /api/v1/rulesets} lists it. */
    record RuleSetVersion(int version, String ruleSetId, String status, String createdBy, Instant createdAt,
            Instant updatedAt, String activatedBy, Instant activatedAt) {
    }

    /** One version with its document. */
    record StoredRuleSet(int version, String ruleSetId, String status, String createdBy, Instant createdAt,
            String activatedBy, Instant activatedAt, JsonNode definition) {
    }

    record Misclassified(int line, String text, String label, String category, String verdict, double score) {
    }

    /** Confusion rows are labels, columns verdicts; precision, recall and F1 are null where undefined. */
    record Evaluation(int items, Double precision, Double recall, Double f1,
            Map<String, Map<String, Long>> confusion, List<Misclassified> misclassified) {
    }

    record EvaluationReport(int ruleSetVersion, String modelVersion, Evaluation evaluation) {
    }

    @GET
    @Path("rulesets")
    Uni<List<RuleSetVersion>> versions(@HeaderParam("Authorization") String bearer);

    @GET
    @Path("rulesets/{version}")
    Uni<StoredRuleSet> version(@HeaderParam("Authorization") String bearer, @PathParam("version") int version);

    /** {@code jsonl}: one {@code {"text", "label"}} per line; the classifier decides each with that version. */
    @POST
    @Path("rulesets/{version}/evaluate")
    @Consumes("application/x-ndjson")
    Uni<EvaluationReport> evaluate(@HeaderParam("Authorization") String bearer, @PathParam("version") int version,
            String jsonl);

    @POST
    @Path("rulesets/{version}/activate")
    Uni<JsonNode> activate(@HeaderParam("Authorization") String bearer, @PathParam("version") int version);

    @POST
    @Path("classify")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Classification> classify(@HeaderParam("Authorization") String bearer, ClassifyRequest request);

    @GET
    @Path("rulesets/active")
    Uni<RuleSet> activeRuleSet(@HeaderParam("Authorization") String bearer);
}
