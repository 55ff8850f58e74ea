package id.pantau.cases.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Plays classifier-service's two documented endpoints (classifier-service/README.md) for the console's
 * browser test: it answers only requests carrying a bearer JWT, records whose token it was, and finds the
 * term "bongkar bal" in the posted text, so the page shows what the classifier said about that text.
 */
final class ClassifierDouble implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    final List<String> callers = new CopyOnWriteArrayList<>();

    ClassifierDouble(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        server.createContext("/api/v1/rulesets/active", exchange -> answer(exchange, """
                {"id":"second-hand-clothing","version":1,"policy":"Permendag 40/2022","thresholds":{"violation":2.0,"review":1.0},
                 "rules":[{"id":"bale-opening","kind":"terms","weight":2.0,"description":"bale opening","terms":["bongkar bal"]}]}"""));
        server.createContext("/api/v1/classify", exchange -> {
            String text = JSON.readTree(exchange.getRequestBody()).path("text").asText();
            int start = text.toLowerCase(Locale.ROOT).indexOf("bongkar bal");
            String body = start < 0
                    ? "{\"verdict\":\"CLEAR\",\"score\":0.0,\"matches\":[],\"ruleSetId\":\"second-hand-clothing\",\"ruleSetVersion\":1}"
                    : """
                      {"verdict":"VIOLATION","score":2.0,"matches":[{"ruleId":"bale-opening","term":"bongkar bal","start":%d,"end":%d,"weight":2.0}],
                       "ruleSetId":"second-hand-clothing","ruleSetVersion":1}""".formatted(start, start + 11);
            answer(exchange, body);
        });
        server.start();
    }

    private void answer(HttpExchange exchange, String body) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
            return;
        }
        callers.add(username(authorization.substring("Bearer ".length())));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** The token's preferred_username: whose token the console forwarded. */
    private static String username(String jwt) throws IOException {
        String[] parts = jwt.split("\\.");
        JsonNode payload = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        return payload.path("preferred_username").asText();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
