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
        server.createContext("/api/v1/rulesets", this::ruleSets);
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

    /** Version 1 is in force, version 2 a draft that adds a term and raises a threshold, until it is activated. */
    private volatile boolean draftActivated;
    final List<String> activations = new CopyOnWriteArrayList<>();

    private static final String V1 = """
            {"id":"second-hand-clothing","version":1,"thresholds":{"violation":2.0,"review":1.0},
             "rules":[{"id":"bale-opening","kind":"terms","weight":2.0,"terms":["bongkar bal"]},
                      {"id":"thrift","kind":"terms","weight":0.5,"terms":["thrift"]}]}""";
    private static final String V2 = """
            {"id":"second-hand-clothing","version":2,"thresholds":{"violation":2.5,"review":1.0},
             "rules":[{"id":"bale-opening","kind":"terms","weight":2.0,"terms":["bongkar bal","bal korea"]},
                      {"id":"import-ban","kind":"terms","weight":1.0,"terms":["impor ilegal"]}]}""";

    private void ruleSets(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String v1 = "{\"version\":1,\"ruleSetId\":\"second-hand-clothing\",\"status\":\"%s\",\"createdBy\":\"seed\"".formatted(
                draftActivated ? "INACTIVE" : "ACTIVE");
        String v2 = "{\"version\":2,\"ruleSetId\":\"second-hand-clothing\",\"status\":\"%s\",\"createdBy\":\"analyst2\"".formatted(
                draftActivated ? "ACTIVE" : "DRAFT");
        switch (path) {
            case "/api/v1/rulesets" -> answer(exchange, "[" + v1 + "}," + v2 + "}]");
            case "/api/v1/rulesets/1" -> answer(exchange, v1 + ",\"definition\":" + V1 + "}");
            case "/api/v1/rulesets/2" -> answer(exchange, v2 + ",\"definition\":" + V2 + "}");
            case "/api/v1/rulesets/2/evaluate" -> {
                String lines = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                long items = lines.lines().filter(line -> !line.isBlank()).count();
                answer(exchange, """
                        {"ruleSetVersion":2,"modelVersion":"second-hand-clothing-lr.v1","evaluation":{"items":%d,
                         "precision":0.5,"recall":1.0,"f1":0.6667,
                         "confusion":{"VIOLATION":{"VIOLATION":1,"REVIEW":0,"CLEAR":0},"CLEAR":{"VIOLATION":1,"REVIEW":0,"CLEAR":0}},
                         "misclassified":[{"line":2,"text":"Razia bal impor di Bandung","label":"CLEAR","category":"news",
                                           "verdict":"VIOLATION","score":2.5,"firedRules":[]}]}}""".formatted(items));
            }
            case "/api/v1/rulesets/2/activate" -> {
                draftActivated = true;
                activations.add(exchange.getRequestMethod());
                answer(exchange, v2.replace("DRAFT", "ACTIVE") + "}");
            }
            default -> {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            }
        }
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
