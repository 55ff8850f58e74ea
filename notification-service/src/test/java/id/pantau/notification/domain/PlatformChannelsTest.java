package id.pantau.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformChannelsTest {

    @Test
    void webhookIsPreferredOverEmailAndNothingConfiguredIsNoChannel() {
        Platform platform = new Platform();
        platform.id = "meta";
        assertTrue(platform.channels().isEmpty());

        platform.registerEmails(List.of("a@meta.example", "b@meta.example"), "admin", Instant.EPOCH);
        assertEquals(List.of("a@meta.example", "b@meta.example"), platform.emails());
        assertEquals(List.of("EMAIL"), platform.channels());

        platform.registerEndpoint("https://hooks.meta.example/h", "v1:cipher", "admin", Instant.EPOCH);
        assertEquals(List.of("WEBHOOK", "EMAIL"), platform.channels());
    }

    @Test
    void anEmailAcceptanceIsDeliveredAndAnSmtpErrorIsRetried() {
        assertTrue(AttemptResult.mailAccepted(3).delivered());
        AttemptResult refused = AttemptResult.error("SMTP: connection refused", 2);
        assertTrue(!refused.delivered() && refused.retryable());
    }
}
