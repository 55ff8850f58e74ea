package id.pantau.classifier.rest;

import id.pantau.classifier.service.ActiveRuleSet;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/rulesets")
public class RuleSetResource {

    private final ActiveRuleSet active;

    public RuleSetResource(ActiveRuleSet active) {
        this.active = active;
    }

    @GET
    @Path("/active")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"analyst", "reviewer", "supervisor", "auditor", "admin"})
    @NonBlocking
    public RuleSetView active() {
        return RuleSetView.of(active.ruleSet());
    }
}
