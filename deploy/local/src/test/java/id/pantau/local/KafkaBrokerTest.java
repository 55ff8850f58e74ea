package id.pantau.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerTest {

    @Test
    void producesAndConsumesOnAnAutoCreatedTopic() throws Exception {
        try (KafkaBroker broker = KafkaBroker.startTemporary()) {
            String topic = "content.ingested";
            RecordMetadata sent = produce(broker.bootstrapServers(), topic, "content-1", "{\"id\":\"content-1\"}");
            List<ConsumerRecord<String, String>> records = consume(broker.bootstrapServers(), topic, 1);
            assertEquals(1, records.size());
            assertEquals("content-1", records.get(0).key());
            assertEquals("{\"id\":\"content-1\"}", records.get(0).value());
            assertEquals(sent.partition(), records.get(0).partition());
            assertTrue(sent.partition() >= 0 && sent.partition() < 3, "3 partitions by default");
        }
    }

    @Test
    void formattedLogDirectorySurvivesRestart(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("kafka");
        int port;
        int controllerPort;
        try (KafkaBroker broker = KafkaBroker.start(0, 0, dir, false)) {
            port = broker.port();
            controllerPort = broker.controllerPort();
            produce(broker.bootstrapServers(), "kept", "k", "before restart");
        }
        String metaBefore = Files.readString(dir.resolve("meta.properties"));
        try (KafkaBroker broker = KafkaBroker.start(port, controllerPort, dir, false)) {
            assertEquals(metaBefore, Files.readString(dir.resolve("meta.properties")), "not formatted again");
            List<ConsumerRecord<String, String>> records = consume(broker.bootstrapServers(), "kept", 1);
            assertEquals("before restart", records.get(0).value());
        }
    }

    @Test
    void testResourceReturnsBootstrapServers() {
        Map<String, String> config = new KafkaTestResource().start();
        String servers = config.get("kafka.bootstrap.servers");
        assertTrue(servers.startsWith("localhost:"), servers);
        assertEquals(config, new KafkaTestResource().start(), "one broker per JVM");
    }

    static RecordMetadata produce(String bootstrap, String topic, String key, String value) throws Exception {
        Map<String, Object> conf = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(conf)) {
            return producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    static List<ConsumerRecord<String, String>> consume(String bootstrap, String topic, int expected) {
        Map<String, Object> conf = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(conf)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }
}
