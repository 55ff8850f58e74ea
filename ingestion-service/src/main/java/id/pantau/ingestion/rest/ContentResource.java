package id.pantau.ingestion.rest;

import com.fasterxml.jackson.databind.JsonNode;
import id.pantau.commons.problem.Problem;
import id.pantau.commons.problem.ProblemException;
import id.pantau.commons.security.Caller;
import id.pantau.ingestion.config.IngestionLimits;
import id.pantau.ingestion.domain.ContentRules;
import id.pantau.ingestion.domain.IngestionOutcome;
import id.pantau.ingestion.service.ContentIngestion;
import id.pantau.ingestion.service.ContentQueries;
import id.pantau.ingestion.service.IngestionResult;
import id.pantau.ingestion.service.PlatformScope;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(ContentResource.PATH)
@Tag(name = "content")
public class ContentResource {

    static final String PATH = "/api/v1/content";

    private final ContentIngestion ingestion;
    private final ContentQueries queries;
    private final Caller caller;
    private final ItemReader reader;

    private final BoundedBody body;
    private final long maxBytes;

    public ContentResource(ContentIngestion ingestion, ContentQueries queries, Caller caller, ItemReader reader,
            BoundedBody body, IngestionLimits limits) {
        this.body = body;
        this.maxBytes = limits.body().asLongValue();
        this.reader = reader;
        this.ingestion = ingestion;
        this.queries = queries;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INGESTOR, Roles.PLATFORM})
    @APIResponse(responseCode = "202", description = "New content (ACCEPTED) or a new version of known content (EDITED)",
            content = @Content(schema = @Schema(implementation = SubmissionResponse.class)))
    @APIResponse(responseCode = "200", description = "Same text as the latest version (DUPLICATE); nothing changed",
            content = @Content(schema = @Schema(implementation = SubmissionResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid body; nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Wrong role, or a platform client submitting another platform's content",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body larger than pantau.ingestion.limits.body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SubmitContentRequest.class)))
    public Uni<Response> submit(@Context HttpServerRequest request) {
        return body.json(request, maxBytes, "The body exceeds " + maxBytes + " bytes; each content text may have at most "
                + ContentRules.MAX_TEXT_BYTES + " bytes.").chain(this::submit);
    }

    private Uni<Response> submit(JsonNode body) {
        // The same reader as batch and stream, so one item gets the same answer, field paths included, everywhere.
        ItemReader.Read read = reader.item(body, PlatformScope.of(caller.platform(), caller.hasRole(Roles.INGESTOR)));
        if (read.problem() != null) {
            return Uni.createFrom().item(Response.status(read.problem().status()).type(Problem.MEDIA_TYPE)
                    .entity(read.problem()).build());
        }
        return ingestion.submit(read.submission()).map(ContentResource::respond);
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ANALYST, Roles.REVIEWER, Roles.SUPERVISOR, Roles.AUDITOR, Roles.INGESTOR, Roles.PLATFORM})
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ContentView.class)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or another platform's content for a platform client",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ContentView> get(@PathParam("id") String id) {
        boolean unrestricted = Stream.of(Roles.ANALYST, Roles.REVIEWER, Roles.SUPERVISOR, Roles.AUDITOR, Roles.INGESTOR)
                .anyMatch(caller::hasRole);
        return queries.find(contentId(id), PlatformScope.of(caller.platform(), unrestricted)).map(ContentView::of);
    }

    private static UUID contentId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("Content id must be a UUID.");
        }
    }

    private static Response respond(IngestionResult result) {
        var body = new SubmissionResponse(result.contentId(), result.version(), result.outcome());
        if (result.outcome() == IngestionOutcome.DUPLICATE) {
            return Response.ok(body).build();
        }
        return Response.accepted(body).location(URI.create(PATH + "/" + result.contentId())).build();
    }
}
