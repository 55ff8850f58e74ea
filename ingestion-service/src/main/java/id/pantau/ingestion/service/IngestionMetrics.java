package id.pantau.ingestion.service;

import id.pantau.events.Platforms;
import id.pantau.ingestion.domain.IngestionOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/** {@code pantau_content_ingested_total{platform, outcome}}: what arrives and what it did. */
@Startup
@ApplicationScoped
public class IngestionMetrics {

    static final String INGESTED = "pantau.content.ingested";

    private final MeterRegistry registry;

    public IngestionMetrics(MeterRegistry registry) {
        this.registry = registry;
        // Registered up front so dashboards and rate() see zeros instead of missing series.
        for (String platform : Platforms.KNOWN) {
            for (IngestionOutcome outcome : IngestionOutcome.values()) {
                counter(platform, outcome);
            }
        }
    }

    public void count(IngestionResult result) {
        counter(result.platform(), result.outcome()).increment();
    }

    private Counter counter(String platform, IngestionOutcome outcome) {
        return Counter.builder(INGESTED)
                .description("Content submissions by platform and outcome (accepted, duplicate, edited)")
                .tag("platform", platform)
                .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                .register(registry);
    }
}
