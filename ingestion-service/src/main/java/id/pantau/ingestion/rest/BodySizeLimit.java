package id.pantau.ingestion.rest;

import id.pantau.commons.problem.Problem;
import id.pantau.ingestion.domain.ContentRules;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body whose declared length exceeds {@code quarkus.http.limits.max-body-size} with a 413
 * problem+json before anything reads it. Quarkus would refuse it too, but with an empty body; bodies
 * without a Content-Length (chunked) are still cut off by Quarkus itself.
 */
@ApplicationScoped
public class BodySizeLimit {

    /** Before Quarkus' own limit check (order -2) and before authentication. */
    private static final int ORDER = -3;

    private final long maxBytes;

    public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.maxBytes = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && exceeds(declared)) {
            Problem problem = Problem.of(413, "Content Too Large",
                    "The body exceeds " + maxBytes + " bytes; a content text may have at most "
                            + ContentRules.MAX_TEXT_CHARACTERS + " characters.");
            context.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(Json.encode(problem));
            return;
        }
        context.next();
    }

    private boolean exceeds(String declared) {
        try {
            return Long.parseLong(declared.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            // Malformed lengths are the HTTP layer's business; it answers 400.
            return false;
        }
    }
}
