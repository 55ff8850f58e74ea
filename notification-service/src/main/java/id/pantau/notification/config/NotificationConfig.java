package id.pantau.notification.config;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "pantau.notification")
public interface NotificationConfig {

    /** Base64 of the 32-byte AES key that encrypts platforms' webhook secrets at rest. */
    String secretKey();
}
