package id.pantau.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * An in-JVM Kafka node for {@code @QuarkusTest}s: one per JVM (free ports, temporary log directory, stopped
 * when the JVM exits), shared by every test class. Register it with
 * {@code @QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)}.
 * Returns {@code kafka.bootstrap.servers}.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    /** System property holding the shared broker's bootstrap servers. */
    public static final String BOOTSTRAP_PROPERTY = "pantau.local.test.kafka.bootstrap-servers";

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", sharedBootstrapServers());
    }

    /** Starts the JVM's shared broker unless it runs already; returns {@code localhost:PORT}. */
    public static String sharedBootstrapServers() {
        return JvmShared.getOrStart(BOOTSTRAP_PROPERTY,
                servers -> Ports.inUse(Integer.parseInt(servers.substring(servers.lastIndexOf(':') + 1))),
                () -> {
                    KafkaBroker broker;
                    try {
                        broker = KafkaBroker.startTemporary();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    JvmShared.onShutdown("kafka", broker::stop);
                    return broker.bootstrapServers();
                });
    }

    @Override
    public void stop() {
        // Deliberately empty: the broker outlives this test class and stops with the JVM.
    }
}
