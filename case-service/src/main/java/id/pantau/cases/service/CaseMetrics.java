package id.pantau.cases.service;

import id.pantau.cases.domain.CaseState;
import id.pantau.cases.repository.CaseRepository;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code pantau_cases{state=...}}: how many cases are in each state, recounted from the database so
 * that every replica reports the same truth (counting transitions in memory would drift on rollbacks
 * and restarts).
 */
@ApplicationScoped
public class CaseMetrics {

    private final CaseRepository cases;
    private final Map<CaseState, AtomicLong> byState = new EnumMap<>(CaseState.class);

    public CaseMetrics(CaseRepository cases, MeterRegistry registry) {
        this.cases = cases;
        for (CaseState state : CaseState.values()) {
            AtomicLong count = new AtomicLong();
            byState.put(state, count);
            Gauge.builder("pantau.cases", count, AtomicLong::get)
                    .description("Takedown cases currently in each lifecycle state")
                    .tag("state", state.name())
                    .register(registry);
        }
    }

    @Scheduled(every = "${pantau.case.metrics-refresh:15s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> refresh() {
        return Panache.withSession(cases::countByState).invoke(this::update).replaceWithVoid();
    }

    private void update(List<Object[]> rows) {
        Map<CaseState, Long> counted = new EnumMap<>(CaseState.class);
        for (Object[] row : rows) {
            counted.put((CaseState) row[0], ((Number) row[1]).longValue());
        }
        byState.forEach((state, gauge) -> gauge.set(counted.getOrDefault(state, 0L)));
    }
}
