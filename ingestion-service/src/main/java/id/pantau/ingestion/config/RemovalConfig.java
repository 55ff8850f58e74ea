package id.pantau.ingestion.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Re-checks of actioned content ({@code pantau.ingestion.removal.*}). */
@ConfigMapping(prefix = "pantau.ingestion.removal")
public interface RemovalConfig {

    /** Checks that must find the content still there, spread over {@link #window()}, before STILL_AVAILABLE. */
    @WithDefault("3")
    int checks();

    /** From the first check to the last; a platform gets this long to act on the notice. */
    @WithDefault("PT24H")
    Duration window();

    /** Wait after a check that failed (timeout, 5xx, 429) before trying again. */
    @WithDefault("PT10M")
    Duration retryAfter();

    /** Failed checks after which the result is UNKNOWN. */
    @WithDefault("6")
    int maxFailures();

    /** How often due checks are looked for; {@code off} leaves it to whoever calls them. */
    @WithDefault("1m")
    String every();

    /** Due checks taken per round. */
    @WithDefault("50")
    int batch();

    @WithDefault("15s")
    Duration timeout();

    /**
     * How long a replica holds a due check it took; another replica takes it over only after this, so one
     * check is made once even with several replicas. Longer than one check's requests.
     */
    @WithDefault("5m")
    Duration lease();
}
