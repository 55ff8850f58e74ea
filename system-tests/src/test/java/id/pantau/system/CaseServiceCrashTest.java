package id.pantau.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.pantau.events.CaseStateChanged;
import id.pantau.events.Content;
import id.pantau.events.ContentClassified;
import id.pantau.events.MatchedTerm;
import id.pantau.events.Verdict;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * case-service killed with SIGKILL in the middle of a burst of 1,000 classifications and started
 * again: every content item ends with exactly one case and every case's OPEN event reaches
 * case.events. Part of the burst is delivered twice, as Kafka does after a consumer dies before
 * committing its offsets.
 */
class CaseServiceCrashTest {

    private static final int BURST = 1_000;
    private static final int REDELIVERED = 100;
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Suite suite = Suite.get();

    @Test
    void aKilledCaseServiceResumesTheBurstWithoutLosingOrDoublingACase() throws Exception {
        String run = "crash-" + UUID.randomUUID().toString().substring(0, 8);
        List<ProducerRecord<String, String>> burst = burst(run);
        publish(burst);
        publish(burst.subList(0, REDELIVERED));

        // kill it once it is visibly busy with the burst, neither before it started nor after it finished
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20))
                .until(() -> casesOf(run) >= 50);
        suite.kill("case-service");
        int atKill = casesOf(run);
        assertTrue(atKill < BURST, "the kill came too late to prove anything: " + atKill + " cases already");
        suite.restart("case-service");

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> casesOf(run) >= BURST);
        assertEquals(BURST, casesOf(run));
        assertEquals(BURST, distinctContentOf(run), "one case per content item");

        Set<UUID> opened = openedContentOnCaseEvents(run, Duration.ofMinutes(2));
        assertEquals(BURST, opened.size(), "every opened case is announced on case.events");
    }

    private List<ProducerRecord<String, String>> burst(String run) throws Exception {
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < BURST; i++) {
            UUID contentId = UUID.randomUUID();
            String externalId = run + "-" + i;
            String text = "Bongkar bal impor Korea hari ini! Thrifting murah mulai 10rb #thrifting " + i;
            var content = new Content("tiktok", externalId, "https://www.tiktok.com/@tokothrift/video/" + externalId,
                    "author-" + run, "tokothrift", text, now.minusSeconds(600), now, "%064x".formatted(i));
            var classified = new ContentClassified(contentId, 1, content, Verdict.VIOLATION, 3.5,
                    List.of(new MatchedTerm("term.bongkar-bal", "Bongkar bal", 0, 11, 2.0)),
                    "second-hand-clothing", 2, now);
            var record = new ProducerRecord<>(ContentClassified.TOPIC, contentId.toString(), JSON.writeValueAsString(classified));
            header(record, "ce_specversion", "1.0");
            header(record, "ce_id", UUID.randomUUID().toString());
            header(record, "ce_type", ContentClassified.TYPE);
            header(record, "ce_source", "/pantau/system-tests");
            header(record, "ce_subject", contentId.toString());
            header(record, "ce_time", now.toString());
            header(record, "content-type", "application/json");
            records.add(record);
        }
        return records;
    }

    private void publish(List<ProducerRecord<String, String>> records) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.kafka());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        try (var producer = new KafkaProducer<String, String>(props)) {
            var sent = new ArrayList<java.util.concurrent.Future<?>>();
            for (var record : records) {
                sent.add(producer.send(new ProducerRecord<>(record.topic(), null, record.key(), record.value(), record.headers())));
            }
            for (var future : sent) {
                future.get();
            }
        }
    }

    private int casesOf(String run) throws SQLException {
        return count("select count(*) from takedown_case where external_id like ?", run);
    }

    private int distinctContentOf(String run) throws SQLException {
        return count("select count(distinct content_id) from takedown_case where external_id like ?", run);
    }

    private int count(String sql, String run) throws SQLException {
        try (Connection db = suite.database("cases"); PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, run + "-%");
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    private Set<UUID> openedContentOnCaseEvents(String run, Duration timeout) throws Exception {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.kafka());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "system-test-" + run);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        Set<UUID> opened = new HashSet<>();
        Instant deadline = Instant.now().plus(timeout);
        try (var consumer = new KafkaConsumer<String, String>(props)) {
            consumer.subscribe(List.of(CaseStateChanged.TOPIC));
            while (opened.size() < BURST && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    JsonNode event = JSON.readTree(record.value());
                    if ("OPEN".equals(event.path("toState").asText())
                            && event.path("externalId").asText().startsWith(run + "-")) {
                        opened.add(UUID.fromString(event.path("contentId").asText()));
                    }
                }
            }
        }
        return opened;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
