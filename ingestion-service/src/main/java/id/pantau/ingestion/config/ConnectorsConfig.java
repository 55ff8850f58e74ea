package id.pantau.ingestion.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The scheduled pulls from platform search APIs ({@code pantau.ingestion.connectors.*}). */
@ConfigMapping(prefix = "pantau.ingestion.connectors")
public interface ConnectorsConfig {

    /** Used when classifier-service cannot be asked for the active rule set's seed keywords. */
    @WithDefault("bongkar bal,bal impor,baju bekas impor,thrift impor")
    List<String> fallbackKeywords();

    /** At most this many keywords per run, in rule-set order: each costs quota. */
    @WithDefault("20")
    int maxKeywords();

    TikTok tiktok();

    YouTube youtube();

    /** Settings every connector has. */
    interface Common {
        /** Off unless credentials are configured. */
        @WithDefault("false")
        boolean enabled();

        /** Quarkus scheduler interval ({@code 15m}); {@code off} leaves runs to whoever calls them. */
        @WithDefault("15m")
        String every();

        /** Requests (TikTok) or quota units (YouTube) per quota day. */
        int dailyQuota();

        /** The zone in which the platform's quota day starts. */
        ZoneId quotaZone();

        /** Pages one run fetches at most; the checkpoint carries the rest over to the next run. */
        @WithDefault("50")
        int pagesPerRun();

        /** How far back each run searches. */
        @WithDefault("P1D")
        Duration lookback();

        /** Retries of a rate-limited request (429) before the run gives up. */
        @WithDefault("3")
        int retries();

        @WithDefault("1s")
        Duration retryBackoff();

        /** After a run gave up on a rate limit, no run starts before this much time has passed. */
        @WithDefault("15m")
        Duration pauseAfterRateLimit();

        String baseUrl();

        @WithDefault("ID")
        String regionCode();

        @WithDefault("20s")
        Duration timeout();

        /**
         * How long a replica holds a connector's run without storing a page (renewed with every page); the
         * run of a replica that died is taken over after this. Longer than one page's requests with retries.
         */
        @WithDefault("5m")
        Duration lease();
    }

    interface TikTok extends Common {
        @Override
        @WithDefault("https://open.tiktokapis.com")
        String baseUrl();

        @Override
        @WithDefault("1000")
        int dailyQuota();

        @Override
        @WithDefault("UTC")
        ZoneId quotaZone();

        Optional<String> clientKey();

        Optional<String> clientSecret();

        /** Videos per page; the API allows up to 100. */
        @WithDefault("100")
        int maxCount();
    }

    interface YouTube extends Common {
        @Override
        @WithDefault("https://www.googleapis.com")
        String baseUrl();

        @Override
        @WithDefault("10000")
        int dailyQuota();

        /** YouTube's quota day starts at midnight Pacific Time. */
        @Override
        @WithDefault("America/Los_Angeles")
        ZoneId quotaZone();

        Optional<String> apiKey();

        /** Results per search page; the API allows up to 50. */
        @WithDefault("50")
        int maxResults();
    }
}
