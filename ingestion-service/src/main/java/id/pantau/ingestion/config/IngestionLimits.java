package id.pantau.ingestion.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Body limits per endpoint. Quarkus' own {@code quarkus.http.limits.max-body-size} is one limit for every
 * route, which a stream of any length cannot live with, so it is set high and these decide instead.
 */
@ConfigMapping(prefix = "pantau.ingestion.limits")
public interface IngestionLimits {

    /** Every endpoint except batch and stream. */
    @WithDefault("1M")
    MemorySize body();

    /** {@code POST /api/v1/content/batch}: up to {@link #batchItems()} ordinary items. */
    @WithDefault("16M")
    MemorySize batchBody();

    @WithDefault("1000")
    int batchItems();

    /** One NDJSON line of {@code POST /api/v1/content/stream}; a longer line is rejected, the stream goes on. */
    @WithDefault("1M")
    MemorySize streamLine();

    /** Items stored per transaction in batch and stream. */
    @WithDefault("250")
    int chunkSize();
}
