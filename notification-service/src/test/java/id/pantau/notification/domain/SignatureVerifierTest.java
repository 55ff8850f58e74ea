package id.pantau.notification.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignatureVerifierTest {

    private static final String SECRET = "pantau-test-secret-0123456789";
    private static final String BODY = "{\"noticeId\":\"0b7c3f4e-1111-4a2b-9c3d-222233334444\"}";
    private static final String HEADER =
            "t=1700000000,v1=2282e1083fae90d827782dd83203e89c79acea371177034a7d4fef8f5797d767";

    private static SignatureVerifier at(long epochSecond) {
        return new SignatureVerifier(SECRET, SignatureVerifier.DEFAULT_TOLERANCE,
                Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
    }

    @Test
    void acceptsTheKnownVectorWithinTheWindow() {
        assertTrue(at(1_700_000_000L).verify(HEADER, BODY));
        assertTrue(at(1_700_000_300L).verify(HEADER, BODY));
        assertTrue(at(1_699_999_700L).verify(HEADER, BODY));
    }

    @Test
    void refusesTimestampsOutsideTheReplayWindow() {
        assertFalse(at(1_700_000_301L).verify(HEADER, BODY));
        assertFalse(at(1_699_999_699L).verify(HEADER, BODY));
    }

    @Test
    void refusesAnAlteredBodyOrTimestampOrAnotherSecret() {
        assertFalse(at(1_700_000_000L).verify(HEADER, BODY.replace("0b7c", "0b7d")));
        assertFalse(at(1_700_000_000L).verify(HEADER.replace("t=1700000000", "t=1700000001"), BODY));
        var otherSecret = new SignatureVerifier("another-secret-of-16+", Duration.ofSeconds(300),
                Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC));
        assertFalse(otherSecret.verify(HEADER, BODY));
    }

    @Test
    void refusesMalformedHeaders() {
        var verifier = at(1_700_000_000L);
        assertFalse(verifier.verify(null, BODY));
        assertFalse(verifier.verify("", BODY));
        assertFalse(verifier.verify("v1=2282e1083fae90d827782dd83203e89c79acea371177034a7d4fef8f5797d767", BODY));
        assertFalse(verifier.verify("t=1700000000", BODY));
        assertFalse(verifier.verify("t=abc,v1=2282e1083fae90d827782dd83203e89c79acea371177034a7d4fef8f5797d767", BODY));
        assertFalse(verifier.verify("t=1700000000,v1=2282E1083FAE90D827782DD83203E89C79ACEA371177034A7D4FEF8F5797D767", BODY));
        assertFalse(verifier.verify("t=1700000000,v1", BODY));
    }

    @Test
    void acceptsWhenAnyOfSeveralV1SignaturesMatches() {
        String rotated = "t=1700000000,v1=" + "0".repeat(64)
                + ",v1=2282e1083fae90d827782dd83203e89c79acea371177034a7d4fef8f5797d767";
        assertTrue(at(1_700_000_000L).verify(rotated, BODY));
    }

    @Test
    void verifiesWhatTheSignerProduces() {
        long now = 1_800_000_000L;
        String body = "{\"reason\":\"pakaian bekas impor\"}";
        assertTrue(at(now).verify(WebhookSigner.header(SECRET, now, body), body));
    }
}
