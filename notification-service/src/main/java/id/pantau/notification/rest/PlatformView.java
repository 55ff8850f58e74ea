package id.pantau.notification.rest;

import id.pantau.notification.domain.Platform;
import id.pantau.notification.domain.RetryPolicy;
import java.time.Instant;
import java.util.List;

/**
 * channels: what is configured, in the order it is used; preference: the order an admin set,
 * configured or not. previousSecretValidUntil: while a rotated-out secret still signs, until when.
 */
public record PlatformView(String platform, String displayName, String webhookUrl, boolean secretConfigured,
        List<String> emailAddresses, List<String> channels, Instant updatedAt, String language, int ratePerSecond,
        RetryView retry, boolean active, List<String> preference, Instant previousSecretValidUntil) {

    public static PlatformView of(Platform platform, RetryPolicy policy, Instant now) {
        return new PlatformView(platform.id, platform.displayName, platform.webhookUrl,
                platform.webhookSecret != null, platform.emails(), platform.channels(), platform.updatedAt,
                platform.language, platform.ratePerSecond, RetryView.of(policy), platform.active,
                platform.preference(), platform.previousSecretAt(now) == null ? null : platform.previousValidUntil);
    }
}
