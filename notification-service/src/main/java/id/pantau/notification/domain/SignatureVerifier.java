package id.pantau.notification.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a platform runs on its side to check a Pantau webhook. It depends on the JDK only, so a
 * platform can copy this file as it is (the README shows it too). Usage:
 * <pre>{@code
 * var verifier = new SignatureVerifier(secret);
 * if (!verifier.verify(request.header("Pantau-Signature"), rawBodyBytes)) { respond 401; }
 * // then drop the request if its Idempotency-Key was already processed, else process and remember it
 * }</pre>
 * Verify the raw bytes as received, before any JSON parsing: re-serialised JSON would not match.
 */
public final class SignatureVerifier {

    /** Requests signed longer ago (or further ahead) than this are refused as possible replays. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofSeconds(300);

    private final byte[] secret;
    private final Duration tolerance;
    private final Clock clock;

    public SignatureVerifier(String secret) {
        this(secret, DEFAULT_TOLERANCE, Clock.systemUTC());
    }

    public SignatureVerifier(String secret, Duration tolerance, Clock clock) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.tolerance = tolerance;
        this.clock = clock;
    }

    /** True when the header carries a fresh timestamp and a v1 MAC that matches this body. */
    public boolean verify(String signatureHeader, byte[] body) {
        if (signatureHeader == null || body == null) {
            return false;
        }
        Long timestamp = null;
        List<String> candidates = new ArrayList<>();
        for (String part : signatureHeader.split(",")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length != 2) {
                return false;
            }
            switch (pair[0]) {
                case "t" -> timestamp = parseSeconds(pair[1]);
                case "v1" -> candidates.add(pair[1]);
                default -> { } // unknown schemes are ignored so that new ones can be added alongside v1
            }
        }
        if (timestamp == null || candidates.isEmpty() || !fresh(timestamp)) {
            return false;
        }
        byte[] expected = HexFormat.of().formatHex(hmac(timestamp, body)).getBytes(StandardCharsets.US_ASCII);
        boolean match = false;
        for (String candidate : candidates) {
            // Constant-time comparison: timing must not reveal how many leading characters were right.
            match |= MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.US_ASCII));
        }
        return match;
    }

    public boolean verify(String signatureHeader, String body) {
        return body != null && verify(signatureHeader, body.getBytes(StandardCharsets.UTF_8));
    }

    private boolean fresh(long timestamp) {
        long now = clock.instant().getEpochSecond();
        return Math.abs(now - timestamp) <= tolerance.toSeconds();
    }

    private byte[] hmac(long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    private static Long parseSeconds(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
