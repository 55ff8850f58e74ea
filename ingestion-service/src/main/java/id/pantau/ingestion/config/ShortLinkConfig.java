package id.pantau.ingestion.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** Resolving reported short links ({@code pantau.ingestion.short-links.*}). */
@ConfigMapping(prefix = "pantau.ingestion.short-links")
public interface ShortLinkConfig {

    @WithDefault("true")
    boolean resolve();

    /** Redirects followed at most; a chain that has not reached a full post URL by then is not resolved. */
    @WithDefault("5")
    int maxHops();

    /** Per request. */
    @WithDefault("5s")
    Duration timeout();

    /**
     * Where to send the request for a short-link host instead of the host itself, as a base URL
     * ({@code endpoints."vm.tiktok.com"=http://localhost:8089/vm}); for tests and egress proxies.
     */
    Map<String, String> endpoints();
}
