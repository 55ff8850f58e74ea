package id.pantau.local;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Test-side access to Pantau's topics: publish a CloudEvent the way the services do (binary mode,
 * ce_* headers) and read what a service published, without going through the service under test.
 */
public final class KafkaEvents {

    /** One record as read from a topic: its key, its JSON data and its CloudEvent attributes. */
    public record Event(String key, String data, Map<String, String> attributes) {
        public String id() {
            return attributes.get("ce_id");
        }

        /** The trace id of the record's W3C {@code traceparent} header; null without one. */
        public String traceId() {
            String traceParent = attributes.get("traceparent");
            if (traceParent == null) {
                return null;
            }
            String[] parts = traceParent.split("-");
            if (parts.length != 4 || parts[1].length() != 32) {
                throw new IllegalStateException("Not a W3C traceparent: " + traceParent);
            }
            return parts[1];
        }

        public String type() {
            return attributes.get("ce_type");
        }
    }

    private KafkaEvents() {
    }

    /** Publishes with a fresh event id and returns it. */
    public static String publish(String bootstrap, String topic, String key, String type, String json) {
        String id = UUID.randomUUID().toString();
        publish(bootstrap, topic, key, type, json, id);
        return id;
    }

    public static void publish(String bootstrap, String topic, String key, String type, String json, String eventId) {
        publish(bootstrap, topic, key, type, json, eventId, Map.of());
    }

    /** With more headers, e.g. a W3C {@code traceparent}. */
    public static void publish(String bootstrap, String topic, String key, String type, String json, String eventId,
            Map<String, String> headers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (var producer = withOwnClassLoader(() -> new KafkaProducer<String, String>(props))) {
            var record = new ProducerRecord<>(topic, key, json);
            header(record, "ce_specversion", "1.0");
            header(record, "ce_id", eventId);
            header(record, "ce_type", type);
            header(record, "ce_source", "/pantau/tests");
            header(record, "ce_subject", key);
            header(record, "ce_time", Instant.now().toString());
            header(record, "content-type", "application/json");
            headers.forEach((name, value) -> header(record, name, value));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }

    /**
     * Reads the topic from the beginning until a record matching the predicate arrives or the timeout
     * passes; returns every matching record seen by then (possibly none).
     */
    public static List<Event> await(String bootstrap, String topic, Predicate<Event> match, Duration timeout) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<Event> found = new ArrayList<>();
        Instant deadline = Instant.now().plus(timeout);
        try (var consumer = withOwnClassLoader(() -> new KafkaConsumer<String, String>(props))) {
            consumer.subscribe(List.of(topic));
            while (found.isEmpty() && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    Event event = new Event(record.key(), record.value(), headers(record));
                    if (match.test(event)) {
                        found.add(event);
                    }
                }
            }
        }
        return found;
    }

    /**
     * Kafka loads its plug-ins (serialisers, JMX reporter) through the thread's context class loader,
     * which inside a {@code @QuarkusTest} is Quarkus' and would hand back classes from another loader.
     */
    private static <T> T withOwnClassLoader(java.util.function.Supplier<T> create) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(KafkaEvents.class.getClassLoader());
        try {
            return create.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> headers(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }
}
