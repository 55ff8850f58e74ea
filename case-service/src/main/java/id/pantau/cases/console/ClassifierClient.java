package id.pantau.cases.console;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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

    @POST
    @Path("classify")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Classification> classify(@HeaderParam("Authorization") String bearer, ClassifyRequest request);

    @GET
    @Path("rulesets/active")
    Uni<RuleSet> activeRuleSet(@HeaderParam("Authorization") String bearer);
}
