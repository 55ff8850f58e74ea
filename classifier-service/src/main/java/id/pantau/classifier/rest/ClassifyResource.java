package id.pantau.classifier.rest;

import id.pantau.classifier.service.ClassificationService;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/classify")
public class ClassifyResource {

    private final ClassificationService classifications;

    public ClassifyResource(ClassificationService classifications) {
        this.classifications = classifications;
    }

    /** Pre-screens a text: verdict and explanation, nothing stored, no event. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"analyst", "reviewer", "supervisor", "platform", "ingestor"})
    // Matching is pure in-memory work of microseconds: no reason to hop to a worker thread.
    @NonBlocking
    public ClassifyResponse classify(@Valid @NotNull ClassifyRequest request) {
        return ClassifyResponse.of(classifications.preScreen(request.text()));
    }
}
