package id.pantau.ingestion.rest;

import id.pantau.commons.problem.Problem;
import id.pantau.ingestion.config.IngestionLimits;
import id.pantau.ingestion.domain.ContentRules;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses a body whose declared length exceeds its endpoint's limit ({@link IngestionLimits}) with a 413
 * problem+json before anything reads it. A chunked body (no Content-Length) of the single and batch endpoints
 * is counted while it is read ({@link BoundedBody}); for the other endpoints it gets the same limit through
 * the key Quarkus REST checks while reading. The NDJSON stream has no limit: it is read line by line and
 * never held in memory.
 */
@ApplicationScoped
public class BodySizeLimit {

    /** Right after Quarkus' own check (order -2, whose limit is set high), so the key below is ours. */
    private static final int ORDER = -1;
    /** {@code VertxHttpRecorder.MAX_REQUEST_SIZE_KEY}. */
    private static final String MAX_REQUEST_SIZE_KEY = "io.quarkus.max-request-size";

    private final long bodyBytes;
    private final long batchBytes;

    public BodySizeLimit(IngestionLimits limits) {
        this.bodyBytes = limits.body().asLongValue();
        this.batchBytes = limits.batchBody().asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        String path = context.normalizedPath();
        if (path.equals(ContentResource.PATH + "/stream")) {
            context.remove(MAX_REQUEST_SIZE_KEY);
            context.next();
            return;
        }
        boolean batch = path.equals(ContentResource.PATH + "/batch");
        long maxBytes = batch ? batchBytes : bodyBytes;
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && exceeds(declared, maxBytes)) {
            String detail = batch
                    ? "The body exceeds " + maxBytes + " bytes; send fewer items per batch or use the stream."
                    : "The body exceeds " + maxBytes + " bytes; each content text may have at most "
                            + ContentRules.MAX_TEXT_BYTES + " bytes.";
            context.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(Json.encode(Problem.of(413, "Content Too Large", detail)));
            return;
        }
        if (declared == null) {
            context.put(MAX_REQUEST_SIZE_KEY, maxBytes);
        }
        context.next();
    }

    private static boolean exceeds(String declared, long maxBytes) {
        try {
            return Long.parseLong(declared.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            // Malformed lengths are the HTTP layer's business; it answers 400.
            return false;
        }
    }
}
