package id.pantau.notification.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Produces the {@code Pantau-Signature} header: {@code t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "t.body")>}.
 * The timestamp is inside the MAC so a captured request cannot be replayed later with a fresh time.
 */
public final class WebhookSigner {

    public static final String HEADER = "Pantau-Signature";

    private WebhookSigner() {
    }

    public static String header(String secret, long unixSeconds, String body) {
        return header(secret, null, unixSeconds, body);
    }

    /**
     * During a rotation both secrets sign: {@code t=…,v1=<new>,v1=<old>}. A receiver that knows
     * either secret finds one matching v1, so it can switch secrets whenever it likes in the overlap.
     */
    public static String header(String secret, String previousSecret, long unixSeconds, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String header = "t=" + unixSeconds + ",v1=" + hmacHex(secret, unixSeconds, bytes);
        return previousSecret == null ? header : header + ",v1=" + hmacHex(previousSecret, unixSeconds, bytes);
    }

    public static String hmacHex(String secret, long unixSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((unixSeconds + ".").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }
}
