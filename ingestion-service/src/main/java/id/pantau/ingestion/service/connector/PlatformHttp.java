package id.pantau.ingestion.service.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;

/** The HTTP client of the connectors, and reading their bodies without trusting them. */
@ApplicationScoped
public class PlatformHttp {

    private final WebClient client;
    private final ObjectMapper json;

    public PlatformHttp(Vertx vertx, ObjectMapper json) {
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setMaxPoolSize(HttpClientOptions.DEFAULT_MAX_POOL_SIZE)
                .setFollowRedirects(false)
                .setUserAgent("pantau-ingestion"));
        this.json = json;
    }

    public WebClient client() {
        return client;
    }

    /** The body as JSON, or a {@link ConnectorFailure.Kind#MALFORMED} failure naming what came instead. */
    public JsonNode body(HttpResponse<Buffer> response, String what) {
        Buffer body = response.body();
        if (body == null || body.length() == 0) {
            throw new ConnectorFailure(ConnectorFailure.Kind.MALFORMED, what + " answered " + response.statusCode() + " without a body");
        }
        try {
            return json.readTree(body.getBytes());
        } catch (IOException e) {
            throw new ConnectorFailure(ConnectorFailure.Kind.MALFORMED, what + " answered " + response.statusCode()
                    + " with a body that is not JSON");
        }
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
