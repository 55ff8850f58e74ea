package id.pantau.ingestion.rest;

import com.fasterxml.jackson.databind.JsonNode;
import id.pantau.commons.problem.Problem;
import id.pantau.commons.problem.ProblemException;
import id.pantau.commons.security.Caller;
import id.pantau.ingestion.config.IngestionLimits;
import id.pantau.ingestion.service.BatchEntry;
import id.pantau.ingestion.service.ContentBatchIngestion;
import id.pantau.ingestion.service.IngestionResult;
import id.pantau.ingestion.service.PlatformScope;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(ContentResource.PATH + "/batch")
@Tag(name = "content")
public class ContentBatchResource {

    private final ContentBatchIngestion ingestion;
    private final ItemReader reader;
    private final Caller caller;
    private final int maxItems;
    private final BoundedBody bounded;
    private final long maxBytes;

    public ContentBatchResource(ContentBatchIngestion ingestion, ItemReader reader, Caller caller,
            IngestionLimits limits, BoundedBody bounded) {
        this.bounded = bounded;
        this.maxBytes = limits.batchBody().asLongValue();
        this.ingestion = ingestion;
        this.reader = reader;
        this.caller = caller;
        this.maxItems = limits.batchItems();
    }

    /**
     * Always 200 when the body is an array of acceptable size, whatever became of each item: the result
     * list says it per item, in input order (a 207 in spirit, without WebDAV's multistatus body).
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INGESTOR, Roles.PLATFORM})
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SubmitContentRequest[].class)))
    @APIResponse(responseCode = "200", description = "One result per item, in input order; REJECTED items carry a problem",
            content = @Content(schema = @Schema(implementation = ItemResult[].class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, or not a JSON array; nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "More than 1,000 items, or a body over pantau.ingestion.limits.batch-body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<ItemResult>> submit(@Context HttpServerRequest request) {
        return bounded.json(request, maxBytes, "The body exceeds " + maxBytes
                + " bytes; send fewer items per batch or use the stream.").chain(this::submit);
    }

    private Uni<List<ItemResult>> submit(JsonNode body) {
        if (body == null || !body.isArray()) {
            throw ProblemException.badRequest("The body must be a JSON array of content items.");
        }
        if (body.size() > maxItems) {
            throw new ProblemException(413, "Content Too Large",
                    "A batch may hold at most " + maxItems + " items; this one has " + body.size() + ".");
        }
        PlatformScope scope = PlatformScope.of(caller.platform(), caller.hasRole(Roles.INGESTOR));
        ItemResult[] results = new ItemResult[body.size()];
        List<BatchEntry> valid = new ArrayList<>();
        for (int index = 0; index < body.size(); index++) {
            ItemReader.Read read = reader.item(body.get(index), scope);
            if (read.problem() != null) {
                results[index] = ItemResult.rejected(index, false, read.problem());
            } else {
                valid.add(new BatchEntry(index, read.submission()));
            }
        }
        return ingestion.submitAll(valid).map(stored -> {
            Iterator<IngestionResult> next = stored.iterator();
            for (BatchEntry entry : valid) {
                results[entry.index()] = ItemResult.stored(entry.index(), false, next.next());
            }
            return List.of(results);
        });
    }
}
