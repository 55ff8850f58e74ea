package id.pantau.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.pantau.notification.domain.SignatureVerifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A platform's webhook endpoint for the tests: a real HTTP server on a free port that checks every
 * request's signature the way the README tells platforms to, records what it got and answers the
 * statuses a test scripted for that notice (200 once the script is used up).
 */
public final class WebhookReceiver {

    public record Call(String noticeId, String eventId, String idempotencyKey, String signature, String contentType,
            String body, boolean signatureValid, int answered) {
    }

    private static WebhookReceiver shared;

    private final HttpServer server;
    private final String secret = "receiver-secret-" + UUID.randomUUID();
    private final SignatureVerifier verifier = new SignatureVerifier(secret);
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Deque<Integer>> scripts = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    private WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "test-webhook-receiver");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
    }

    public static synchronized WebhookReceiver shared() {
        if (shared == null) {
            try {
                shared = new WebhookReceiver();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    public String secret() {
        return secret;
    }

    /** The statuses to answer, in order, to the calls for this notice. */
    public void script(UUID noticeId, Integer... statuses) {
        scripts.put(noticeId.toString(), new ArrayDeque<>(List.of(statuses)));
    }

    public List<Call> callsFor(UUID noticeId) {
        return calls.stream().filter(call -> noticeId.toString().equals(call.noticeId())).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        var headers = exchange.getRequestHeaders();
        String signature = headers.getFirst("Pantau-Signature");
        boolean valid = verifier.verify(signature, body);
        String noticeId = noticeId(body);
        int status = 401;
        if (valid) {
            Deque<Integer> script = scripts.get(noticeId);
            Integer scripted = script == null ? null : script.poll();
            status = scripted == null ? 200 : scripted;
        }
        calls.add(new Call(noticeId, headers.getFirst("Pantau-Event-Id"), headers.getFirst("Idempotency-Key"),
                signature, headers.getFirst("Content-Type"), new String(body, StandardCharsets.UTF_8), valid, status));
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private String noticeId(byte[] body) {
        try {
            JsonNode node = json.readTree(body).get("noticeId");
            return node == null ? null : node.asText();
        } catch (IOException e) {
            return null;
        }
    }
}
