package id.pantau.notification.rest;

import id.pantau.notification.domain.Platform;
import java.time.Instant;
import java.util.List;

/** channels: what is configured, in the order it is used (only the first is tried). */
public record PlatformView(String platform, String displayName, String webhookUrl, boolean secretConfigured,
        List<String> emailAddresses, List<String> channels, Instant updatedAt) {

    public static PlatformView of(Platform platform) {
        return new PlatformView(platform.id, platform.displayName, platform.webhookUrl,
                platform.webhookSecret != null, platform.emails(), platform.channels(), platform.updatedAt);
    }
}
