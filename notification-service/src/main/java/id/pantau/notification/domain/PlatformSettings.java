package id.pantau.notification.domain;

import java.time.Duration;
import java.util.List;

/**
 * What an admin decides about a platform. A null retry duration means "the service default".
 * channels is the order of preference; channels that are not configured are skipped.
 */
public record PlatformSettings(String displayName, String language, int ratePerSecond, Duration retryInitial,
        Duration retryMaxDelay, Duration retryMaxTotal, boolean active, List<String> channels) {
}
