package id.pantau.classifier.service;

import id.pantau.events.Verdict;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Map;

/**
 * {@code pantau_verdicts_total{verdict, source}}: source {@code ingested} counts decisions on ingested
 * content (one per content version), {@code api} counts pre-screening calls, which decide nothing.
 * Registered at startup so that every series exists, at zero, before the first verdict.
 */
@Startup
@Singleton
public class VerdictMetrics {

    public enum Source { INGESTED, API }

    private final Map<Source, Map<Verdict, Counter>> counters = new EnumMap<>(Source.class);

    public VerdictMetrics(MeterRegistry registry) {
        for (Source source : Source.values()) {
            Map<Verdict, Counter> bySource = new EnumMap<>(Verdict.class);
            for (Verdict verdict : Verdict.values()) {
                bySource.put(verdict, Counter.builder("pantau.verdicts")
                        .description("Classification verdicts")
                        .tag("verdict", verdict.name())
                        .tag("source", source.name().toLowerCase())
                        .register(registry));
            }
            counters.put(source, bySource);
        }
    }

    public void count(Source source, Verdict verdict) {
        counters.get(source).get(verdict).increment();
    }
}
