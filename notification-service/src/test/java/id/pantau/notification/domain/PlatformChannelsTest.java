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

    @Test
    void theAdminsOrderDecidesAndTheNextConfiguredChannelIsTheFallback() {
        Platform platform = new Platform();
        platform.id = "meta";
        platform.registerEndpoint("https://hooks.meta.example/h", "v1:cipher", "admin", Instant.EPOCH);
        assertEquals("WEBHOOK", platform.channelFor(null));
        assertEquals(null, platform.fallbackAfter("WEBHOOK"), "no email registered: nothing to fall back to");

        platform.registerEmails(List.of("a@meta.example"), "admin", Instant.EPOCH);
        assertEquals("EMAIL", platform.fallbackAfter("WEBHOOK"));
        assertEquals(null, platform.fallbackAfter("EMAIL"));
        assertEquals("EMAIL", platform.channelFor("EMAIL"), "a round stays on its channel");

        platform.channelOrder = "EMAIL,WEBHOOK";
        assertEquals(List.of("EMAIL", "WEBHOOK"), platform.channels());
        assertEquals("EMAIL", platform.channelFor(null));
        assertEquals("WEBHOOK", platform.fallbackAfter("EMAIL"));

        platform.webhookUrl = null;
        assertEquals("EMAIL", platform.channelFor("WEBHOOK"), "a channel that went away is replaced by the first one left");
    }

    @Test
    void aRotatedOutSecretSignsOnlyUntilTheEndOfItsOverlap() {
        Platform platform = new Platform();
        platform.id = "meta";
        platform.registerEndpoint("https://hooks.meta.example/h", "v1:old", "admin", Instant.EPOCH);
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        platform.rotateSecret("v1:new", java.time.Duration.ofHours(1), "meta", now);
        assertEquals("v1:new", platform.webhookSecret);
        assertEquals("v1:old", platform.previousSecretAt(now.plusSeconds(3599)));
        assertEquals(null, platform.previousSecretAt(now.plusSeconds(3600)));

        platform.rotateSecret("v1:newer", java.time.Duration.ZERO, "meta", now);
        assertEquals(null, platform.previousSecretAt(now));
        platform.rotateSecret("v1:newest", java.time.Duration.ofHours(1), "meta", now);
        platform.registerEndpoint("https://hooks.meta.example/other", "v1:fresh", "admin", now);
        assertEquals(null, platform.previousSecretAt(now), "a new registration ends any rotation");
    }
}
