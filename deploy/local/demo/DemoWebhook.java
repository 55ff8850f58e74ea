import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A platform's webhook receiver for local demos, run with the JDK's source launcher:
 *   java deploy/local/demo/DemoWebhook.java 9999 my-shared-secret-123
 * It verifies Pantau-Signature (HMAC-SHA256 over "t.body", 300 s replay window, constant-time
 * compare), drops repeats by Idempotency-Key, prints each notice and answers 200 (401 if unsigned).
 */
public class DemoWebhook {

    private static final long REPLAY_WINDOW_SECONDS = 300;
    private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        byte[] secret = args[1].getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String signature = exchange.getRequestHeaders().getFirst("Pantau-Signature");
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            int status;
            if (!verifies(signature, body, secret)) {
                status = 401;
                System.out.println("REFUSED (bad or missing signature): " + signature);
            } else if (key != null && !SEEN.add(key)) {
                status = 200;
                System.out.println("repeat of " + key + " dropped");
            } else {
                status = 200;
                System.out.println("notice " + key + ": " + body);
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        System.out.println("Listening on http://localhost:" + port + "/ (Ctrl-C to stop)");
    }

    static boolean verifies(String header, String body, byte[] secret) {
        if (header == null) {
            return false;
        }
        String t = null;
        String v1 = null;
        for (String part : header.split(",")) {
            String[] kv = part.trim().split("=", 2);
            if (kv.length == 2 && kv[0].equals("t")) {
                t = kv[1];
            } else if (kv.length == 2 && kv[0].equals("v1")) {
                v1 = kv[1];
            }
        }
        try {
            if (t == null || v1 == null || Math.abs(Instant.now().getEpochSecond() - Long.parseLong(t)) > REPLAY_WINDOW_SECONDS) {
                return false;
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] expected = mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(expected, HexFormat.of().parseHex(v1));
        } catch (Exception malformed) {
            return false;
        }
    }
}
