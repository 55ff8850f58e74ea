package id.pantau.local;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A test profile with tracing on, as in the cluster (the services' {@code application.properties} turn the
 * OpenTelemetry SDK off for local runs and tests): every trace kept, nothing exported. Tests read the W3C
 * {@code traceparent} that services put in HTTP and Kafka headers ({@link KafkaEvents.Event#traceId()}).
 */
public class TracingOn implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.otel.sdk.disabled", "false",
                "quarkus.otel.traces.exporter", "none",
                "quarkus.otel.traces.sampler.arg", "1.0");
    }

    /** A fresh W3C trace id (32 hex digits, never all zeros). */
    public static String newTraceId() {
        return randomHex(16);
    }

    /** The {@code traceparent} of a sampled span of that trace, as a caller that started it sends it. */
    public static String traceParent(String traceId) {
        return "00-" + traceId + "-" + randomHex(8) + "-01";
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        random[0] |= 1;
        return HexFormat.of().formatHex(random);
    }
}
