package id.pantau.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {

    // Computed independently: printf '%s' '1700000000.{"noticeId":"0b7c3f4e-1111-4a2b-9c3d-222233334444"}'
    //   | openssl dgst -sha256 -hmac 'pantau-test-secret-0123456789' -hex
    private static final String SECRET = "pantau-test-secret-0123456789";
    private static final String BODY = "{\"noticeId\":\"0b7c3f4e-1111-4a2b-9c3d-222233334444\"}";
    private static final String EXPECTED = "2282e1083fae90d827782dd83203e89c79acea371177034a7d4fef8f5797d767";

    @Test
    void signsTimestampDotBodyWithHmacSha256InLowercaseHex() {
        assertEquals("t=1700000000,v1=" + EXPECTED, WebhookSigner.header(SECRET, 1_700_000_000L, BODY));
    }

    @Test
    void signsTheUtf8BytesOfTheBody() {
        String body = "{\"reason\":\"pakaian bekas impor — thrifting\"}";
        assertEquals(WebhookSigner.hmacHex(SECRET, 42, body.getBytes(StandardCharsets.UTF_8)),
                WebhookSigner.header(SECRET, 42, body).substring("t=42,v1=".length()));
    }

    @Test
    void duringARotationBothSecretsSignTheNewOneFirst() {
        String oldSecret = "pantau-old-secret-0123456789";
        String header = WebhookSigner.header(SECRET, oldSecret, 1_700_000_000L, BODY);
        assertEquals("t=1700000000,v1=" + EXPECTED + ",v1="
                + WebhookSigner.hmacHex(oldSecret, 1_700_000_000L, BODY.getBytes(StandardCharsets.UTF_8)), header);
        var at = java.time.Clock.fixed(java.time.Instant.ofEpochSecond(1_700_000_000L), java.time.ZoneOffset.UTC);
        assertTrue(new SignatureVerifier(SECRET, SignatureVerifier.DEFAULT_TOLERANCE, at).verify(header, BODY));
        assertTrue(new SignatureVerifier(oldSecret, SignatureVerifier.DEFAULT_TOLERANCE, at).verify(header, BODY));
        assertFalse(new SignatureVerifier("neither-secret-0123456789", SignatureVerifier.DEFAULT_TOLERANCE, at)
                .verify(header, BODY));
    }
}
