package id.pantau.ingestion.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.commons.problem.ProblemException;
import io.netty.buffer.ByteBuf;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.concurrent.Executor;

/**
 * Reads a JSON body with a counter, refusing it with 413 as soon as it passes its endpoint's limit. Quarkus
 * has one body limit for every route, which the NDJSON stream cannot live with; without this a chunked body
 * (no Content-Length) on the single or batch endpoint would be read whole before anything looked at its size.
 */
@ApplicationScoped
public class BoundedBody {

    // A buffer that grows by doubling from its default size ended at 512 KB for a 330 KB batch: an object of
    // half a G1 region or more is allocated in the old generation, and each one started a concurrent GC cycle.
    // A declared Content-Length sizes the buffer once; a declared length is only trusted up to this much.
    private static final int MAX_PRESIZE = 1 << 20;

    private final ObjectMapper json;

    public BoundedBody(ObjectMapper json) {
        this.json = json;
    }

    /** The body as a JSON tree ({@code null} when empty); 413 problem past {@code maxBytes}, 400 when not JSON. */
    public Uni<JsonNode> json(HttpServerRequest request, long maxBytes, String tooLarge) {
        // Body chunks arrive on the connection's context; Hibernate Reactive needs the request's own afterwards.
        Context requestContext = Vertx.currentContext();
        Executor onRequestContext = task -> requestContext.runOnContext(ignored -> task.run());
        Buffer body = Buffer.buffer(initialCapacity(request, maxBytes));
        return io.vertx.mutiny.core.http.HttpServerRequest.newInstance(request).toMulti()
                .invoke(chunk -> {
                    if (body.length() + (long) chunk.length() > maxBytes) {
                        throw new ProblemException(413, "Content Too Large", tooLarge);
                    }
                    body.appendBuffer(chunk.getDelegate());
                })
                .collect().last()
                .emitOn(onRequestContext)
                .map(ignored -> parse(body));
    }

    private static int initialCapacity(HttpServerRequest request, long maxBytes) {
        String declared = request.getHeader("Content-Length");
        if (declared == null) {
            return 0;
        }
        try {
            return (int) Math.max(0, Math.min(Long.parseLong(declared.trim()), Math.min(maxBytes, MAX_PRESIZE)));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private JsonNode parse(Buffer body) {
        if (body.length() == 0) {
            return null;
        }
        try {
            ByteBuf bytes = body.getByteBuf();
            // Parsed where it lies: no copy of the whole body.
            JsonNode tree = bytes.hasArray()
                    ? json.readTree(bytes.array(), bytes.arrayOffset() + bytes.readerIndex(), bytes.readableBytes())
                    : json.readTree(body.getBytes());
            return tree == null || tree.isMissingNode() ? null : tree;
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("The body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ProblemException.badRequest("The body could not be read: " + e.getMessage());
        }
    }
}
