package id.pantau.ingestion.service.connector;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** classifier-service, called with ingestion-service's own client-credentials token. */
@RegisterRestClient(configKey = "classifier")
@OidcClientFilter
@Path("/api/v1/rulesets")
public interface ClassifierClient {

    /** Read as a tree: only the rules' kinds, weights and terms matter here, and the rest may grow. */
    @GET
    @Path("/active")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<JsonNode> activeRuleSet();
}
