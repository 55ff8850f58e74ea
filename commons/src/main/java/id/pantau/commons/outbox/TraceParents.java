package id.pantau.commons.outbox;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The trace an outbox row belongs to, kept as its W3C {@code traceparent}: the relay publishes after the
 * writing transaction committed, on a timer of its own, so the trace has to travel through the table.
 */
final class TraceParents {

    private static final String HEADER = "traceparent";
    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final TextMapGetter<String> VALUE = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String traceParent) {
            return List.of(HEADER);
        }

        @Override
        public String get(String traceParent, String key) {
            return HEADER.equals(key) ? traceParent : null;
        }
    };

    private TraceParents() {
    }

    /** The current span's {@code traceparent}; null without a valid span (tracing off, timers). */
    static String current() {
        Map<String, String> carrier = new HashMap<>(2);
        W3C.inject(Context.current(), carrier, Map::put);
        return carrier.get(HEADER);
    }

    /** A context whose parent span is the stored one; the root context for null or unreadable values. */
    static Context parentOf(String traceParent) {
        if (traceParent == null) {
            return Context.root();
        }
        return W3C.extract(Context.root(), traceParent, VALUE);
    }
}
