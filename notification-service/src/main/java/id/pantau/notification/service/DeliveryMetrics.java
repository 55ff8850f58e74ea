package id.pantau.notification.service;

import id.pantau.notification.domain.DeliveryState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** {@code pantau_notice_deliveries_total{outcome=...}}: one count per recorded attempt. */
@Startup
@ApplicationScoped
public class DeliveryMetrics {

    private final Map<DeliveryState, Counter> byOutcome = new EnumMap<>(DeliveryState.class);

    public DeliveryMetrics(MeterRegistry registry) {
        // Registered up front so every outcome shows (as 0) before the first delivery.
        for (DeliveryState state : new DeliveryState[] {
                DeliveryState.DELIVERED, DeliveryState.RETRYING, DeliveryState.FAILED, DeliveryState.DEAD}) {
            byOutcome.put(state, Counter.builder("pantau.notice.deliveries")
                    .description("Notice delivery attempts by outcome")
                    .tag("outcome", state.name().toLowerCase(Locale.ROOT))
                    .register(registry));
        }
    }

    public void count(DeliveryState outcome) {
        Counter counter = byOutcome.get(outcome);
        if (counter != null) {
            counter.increment();
        }
    }
}
