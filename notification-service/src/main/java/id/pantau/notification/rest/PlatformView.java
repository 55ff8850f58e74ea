package id.pantau.notification.rest;

import id.pantau.notification.domain.Platform;
import java.time.Instant;

public record PlatformView(String platform, String displayName, String webhookUrl, boolean secretConfigured, Instant updatedAt) {

    public static PlatformView of(Platform platform) {
        return new PlatformView(platform.id, platform.displayName, platform.webhookUrl,
                platform.webhookSecret != null, platform.updatedAt);
    }
}
