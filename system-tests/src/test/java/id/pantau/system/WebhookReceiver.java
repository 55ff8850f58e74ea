package id.pantau.system;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A platform's webhook endpoint as a platform would build it: it verifies Pantau-Signature over
 * "t.body" with the shared secret and a replay window, and answers 401 when it does not verify.
 * Canned statuses let a test make the first attempts fail.
 */
final class WebhookReceiver implements AutoCloseable {

    record Delivery(String body, String idempotencyKey, String eventId, boolean signatureValid, int answeredWith) {
    }

    private static final long REPLAY_WINDOW_SECONDS = 300;

    private final HttpServer server;
    private final byte[] secret;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final Queue<Integer> cannedStatuses = new ConcurrentLinkedQueue<>();

    WebhookReceiver(String secret) throws IOException {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/webhooks/pantau", this::receive);
        server.start();
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/webhooks/pantau";
    }

    /** The next deliveries are answered with these statuses, in order; afterwards 200 again. */
    void answerNextWith(Integer... statuses) {
        cannedStatuses.addAll(List.of(statuses));
    }

    List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    private void receive(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        boolean valid = verify(exchange.getRequestHeaders().getFirst("Pantau-Signature"), body);
        Integer canned = cannedStatuses.poll();
        int status = !valid ? 401 : canned != null ? canned : 200;
        deliveries.add(new Delivery(body, exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                exchange.getRequestHeaders().getFirst("Pantau-Event-Id"), valid, status));
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private boolean verify(String header, String body) {
        if (header == null) {
            return false;
        }
        String timestamp = null;
        String signature = null;
        for (String part : header.split(",")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length == 2 && pair[0].equals("t")) {
                timestamp = pair[1];
            } else if (pair.length == 2 && pair[0].equals("v1")) {
                signature = pair[1];
            }
        }
        if (timestamp == null || signature == null) {
            return false;
        }
        try {
            if (Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > REPLAY_WINDOW_SECONDS) {
                return false;
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] expected = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(expected, HexFormat.of().parseHex(signature));
        } catch (Exception malformed) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
