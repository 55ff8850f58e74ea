package id.pantau.ingestion.rest;

import id.pantau.commons.problem.Problem;
import id.pantau.commons.security.Caller;
import id.pantau.ingestion.config.IngestionLimits;
import id.pantau.ingestion.service.BatchEntry;
import id.pantau.ingestion.service.ContentBatchIngestion;
import id.pantau.ingestion.service.IngestionResult;
import id.pantau.ingestion.service.PlatformScope;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Executor;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

@Path(ContentResource.PATH + "/stream")
@Tag(name = "content")
public class ContentStreamResource {

    static final String NDJSON = "application/x-ndjson";

    private final ContentBatchIngestion ingestion;
    private final ItemReader reader;
    private final Caller caller;
    private final int maxLineBytes;

    public ContentStreamResource(ContentBatchIngestion ingestion, ItemReader reader, Caller caller,
            IngestionLimits limits) {
        this.ingestion = ingestion;
        this.reader = reader;
        this.caller = caller;
        this.maxLineBytes = (int) Math.min(Integer.MAX_VALUE - 8, limits.streamLine().asLongValue());
    }

    /**
     * Reads the body as it arrives, a chunk of lines at a time: the request is only read further when the
     * previous chunk is stored and its results written, so a fast client is slowed down, never buffered.
     */
    @POST
    @Consumes(NDJSON)
    @Produces(NDJSON)
    @RestStreamElementType("application/json")
    @RolesAllowed({Roles.INGESTOR, Roles.PLATFORM})
    @APIResponse(responseCode = "200", description = "One result line per input line, in input order; "
            + "REJECTED lines carry a problem", content = @Content(mediaType = NDJSON,
                    schema = @Schema(implementation = ItemResult.class)))
    @APIResponse(responseCode = "415", description = "Body not application/x-ndjson",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Multi<ItemResult> submit(@jakarta.ws.rs.core.Context HttpServerRequest request) {
        PlatformScope scope = PlatformScope.of(caller.platform(), caller.hasRole(Roles.INGESTOR));
        LineSplitter splitter = new LineSplitter(maxLineBytes);
        // Body chunks arrive on the connection's context; Hibernate Reactive needs the request's own.
        Context requestContext = Vertx.currentContext();
        Executor onRequestContext = task -> requestContext.runOnContext(ignored -> task.run());
        Multi<LineSplitter.Line> lines = io.vertx.mutiny.core.http.HttpServerRequest.newInstance(request).toMulti()
                .emitOn(onRequestContext)
                .onItem().transformToIterable(buffer -> splitter.feed(buffer.getBytes()))
                .onCompletion().switchTo(() -> Multi.createFrom().iterable(splitter.finish()));
        return lines.group().intoLists().of(ingestion.chunkSize())
                .onItem().transformToUniAndConcatenate(chunk -> store(chunk, scope))
                .onItem().disjoint();
    }

    private Uni<List<ItemResult>> store(List<LineSplitter.Line> chunk, PlatformScope scope) {
        ItemResult[] results = new ItemResult[chunk.size()];
        List<BatchEntry> valid = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            LineSplitter.Line line = chunk.get(i);
            ItemReader.Read read = line.tooLong()
                    ? ItemReader.Read.refused(Problem.of(400, "Bad Request",
                            "The line is longer than " + maxLineBytes + " bytes."))
                    : reader.line(line.bytes(), scope);
            if (read.problem() != null) {
                results[i] = ItemResult.rejected(line.number(), true, read.problem());
            } else {
                valid.add(new BatchEntry(i, read.submission()));
            }
        }
        return ingestion.submitChunk(valid).map(stored -> {
            Iterator<IngestionResult> next = stored.iterator();
            for (BatchEntry entry : valid) {
                results[entry.index()] = ItemResult.stored(chunk.get(entry.index()).number(), true, next.next());
            }
            return List.of(results);
        });
    }
}
