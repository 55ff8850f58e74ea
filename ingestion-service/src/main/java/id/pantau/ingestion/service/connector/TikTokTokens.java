package id.pantau.ingestion.service.connector;

import com.fasterxml.jackson.databind.JsonNode;
import id.pantau.ingestion.config.ConnectorsConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.MultiMap;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * TikTok's client access token ({@code POST /v2/oauth/token/}, client credentials). TikTok names the client
 * id {@code client_key}, which an OAuth client library does not send, so the form is posted here. The token is
 * kept until a minute before {@code expires_in} runs out, or until the API refuses it.
 */
@ApplicationScoped
public class TikTokTokens {

    private static final long MARGIN_SECONDS = 60;

    private final PlatformHttp http;
    private final ConnectorsConfig.TikTok config;
    private final Clock clock;
    private final AtomicReference<Token> current = new AtomicReference<>();

    public TikTokTokens(PlatformHttp http, ConnectorsConfig connectors, Clock clock) {
        this.http = http;
        this.config = connectors.tiktok();
        this.clock = clock;
    }

    private record Token(String value, Instant expiresAt) {
    }

    public Uni<String> token() {
        Token token = current.get();
        if (token != null && clock.instant().isBefore(token.expiresAt())) {
            return Uni.createFrom().item(token.value());
        }
        return fetch().invoke(current::set).map(Token::value);
    }

    /** The API refused the token before it expired: the next {@link #token()} asks for a new one. */
    public void invalidate() {
        current.set(null);
    }

    private Uni<Token> fetch() {
        MultiMap form = MultiMap.caseInsensitiveMultiMap()
                .add("client_key", config.clientKey().orElse(""))
                .add("client_secret", config.clientSecret().orElse(""))
                .add("grant_type", "client_credentials");
        return http.client().postAbs(config.baseUrl() + "/v2/oauth/token/")
                .timeout(config.timeout().toMillis())
                .putHeader("Cache-Control", "no-cache")
                .sendForm(form)
                .onFailure().transform(e -> new ConnectorFailure(ConnectorFailure.Kind.FAILED,
                        "TikTok token endpoint unreachable: " + e.getMessage()))
                .map(response -> {
                    if (response.statusCode() == 429) {
                        throw new ConnectorFailure(ConnectorFailure.Kind.RATE_LIMITED, "TikTok token endpoint answered 429");
                    }
                    JsonNode body = http.body(response, "TikTok token endpoint");
                    String value = body.path("access_token").asText("");
                    if (response.statusCode() != 200 || value.isEmpty()) {
                        throw new ConnectorFailure(ConnectorFailure.Kind.FAILED, "TikTok refused a client token ("
                                + response.statusCode() + "): " + body.path("error").asText("") + " "
                                + body.path("error_description").asText(""));
                    }
                    long expiresIn = body.path("expires_in").asLong(7200);
                    return new Token(value, clock.instant().plusSeconds(Math.max(0, expiresIn - MARGIN_SECONDS)));
                });
    }
}
