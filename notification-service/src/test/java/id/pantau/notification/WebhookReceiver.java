package id.pantau.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import javax.net.ssl.SSLContext;
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
            String body, boolean signatureValid, int answered, java.time.Instant receivedAt) {
    }

    /** What to answer to one call: a status, optionally a Retry-After (seconds), after a delay. */
    public record Answer(int status, String retryAfter, long delayMillis) {

        public static Answer status(int status) {
            return new Answer(status, null, 0);
        }

        public static Answer retryAfter(int status, String seconds) {
            return new Answer(status, seconds, 0);
        }

        public static Answer slow(int status, long delayMillis) {
            return new Answer(status, null, delayMillis);
        }
    }

    private static WebhookReceiver shared;

    private final HttpServer server;
    private final String base;
    private final String secret = "receiver-secret-" + UUID.randomUUID();
    private final java.time.Clock clock;
    private volatile List<SignatureVerifier> verifiers;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Deque<Answer>> scripts = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    private WebhookReceiver(java.time.Clock clock) throws IOException {
        this(clock, null);
    }

    private WebhookReceiver(java.time.Clock clock, SSLContext tls) throws IOException {
        this.clock = clock;
        this.verifiers = List.of(verifier(secret));
        if (tls == null) {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            base = "http://127.0.0.1:";
        } else {
            HttpsServer https = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            https.setHttpsConfigurator(new HttpsConfigurator(tls));
            server = https;
            // By name: the certificate names localhost, and Pantau must check that name, not the address.
            base = "https://localhost:";
        }
        server.createContext("/hook", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(16, runnable -> {
            Thread thread = new Thread(runnable, "test-webhook-receiver");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
    }

    /** A receiver of its own, for a test that changes which secrets it accepts. */
    public static WebhookReceiver start() {
        return start(java.time.Clock.systemUTC());
    }

    /** A receiver whose replay window is judged by this clock (the test clock, when a test moves time). */
    public static WebhookReceiver start(java.time.Clock clock) {
        try {
            return new WebhookReceiver(clock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A receiver behind TLS with this server context, reached as https://localhost:port/hook. */
    public static WebhookReceiver startHttps(SSLContext tls) {
        try {
            return new WebhookReceiver(java.time.Clock.systemUTC(), tls);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** From now on a request is valid only when one of its v1 signatures verifies with one of these. */
    public void acceptOnly(String... secrets) {
        verifiers = java.util.Arrays.stream(secrets).map(this::verifier).toList();
    }

    private SignatureVerifier verifier(String key) {
        return new SignatureVerifier(key, SignatureVerifier.DEFAULT_TOLERANCE, clock);
    }

    public void stop() {
        server.stop(0);
    }

    public static synchronized WebhookReceiver shared() {
        if (shared == null) {
            try {
                shared = new WebhookReceiver(java.time.Clock.systemUTC());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    public String url() {
        return base + server.getAddress().getPort() + "/hook";
    }

    public String secret() {
        return secret;
    }

    /** The statuses to answer, in order, to the calls for this notice. */
    public void script(UUID noticeId, Integer... statuses) {
        script(noticeId, java.util.Arrays.stream(statuses).map(Answer::status).toArray(Answer[]::new));
    }

    public void script(UUID noticeId, Answer... answers) {
        scripts.put(noticeId.toString(), new ArrayDeque<>(List.of(answers)));
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The calls for this notice; for null, the calls whose body named no notice. */
    public List<Call> callsFor(UUID noticeId) {
        String id = noticeId == null ? null : noticeId.toString();
        return calls.stream().filter(call -> java.util.Objects.equals(id, call.noticeId())).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        var headers = exchange.getRequestHeaders();
        String signature = headers.getFirst("Pantau-Signature");
        boolean valid = verifiers.stream().anyMatch(verifier -> verifier.verify(signature, body));
        String noticeId = noticeId(body);
        Answer answer = Answer.status(401);
        if (valid) {
            Deque<Answer> script = scripts.get(noticeId);
            Answer scripted = script == null ? null : script.poll();
            answer = scripted == null ? Answer.status(200) : scripted;
        }
        calls.add(new Call(noticeId, headers.getFirst("Pantau-Event-Id"), headers.getFirst("Idempotency-Key"),
                signature, headers.getFirst("Content-Type"), new String(body, StandardCharsets.UTF_8), valid,
                answer.status(), java.time.Instant.now()));
        if (answer.delayMillis() > 0) {
            try {
                Thread.sleep(answer.delayMillis()); // a slow platform, on the receiver's own thread
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (answer.retryAfter() != null) {
            exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
        }
        try {
            exchange.sendResponseHeaders(answer.status(), -1);
        } catch (IOException e) {
            // Pantau gave up waiting and closed the connection: that is what a timeout looks like here.
        }
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
