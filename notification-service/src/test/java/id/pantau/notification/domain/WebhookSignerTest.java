package id.pantau.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
