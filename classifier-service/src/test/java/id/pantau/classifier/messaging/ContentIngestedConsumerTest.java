package id.pantau.classifier.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.classifier.TestSupport;
import id.pantau.events.Content;
import id.pantau.events.ContentClassified;
import id.pantau.events.ContentIngested;
import id.pantau.local.KafkaEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContentIngestedConsumerTest {

    private static final String DLQ = "content.ingested.classifier-service.dlq";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    ObjectMapper json;

    @Test
    void promotingContentIsClassifiedAsViolationAndAnnounced() throws Exception {
        UUID contentId = UUID.randomUUID();
        String text = "Bongkar bal impor Korea hari ini! Thrifting murah mulai 10rb";
        publish(contentId, 1, text);

        KafkaEvents.Event event = awaitClassified(contentId, 1);
        assertEquals(ContentClassified.TYPE, event.type());
        assertEquals(contentId.toString(), event.key());
        assertEquals(contentId.toString(), event.attributes().get("ce_subject"));
        assertEquals("/pantau/classifier-service", event.attributes().get("ce_source"));

        ContentClassified classified = json.readValue(event.data(), ContentClassified.class);
        assertEquals("VIOLATION", classified.verdict().name());
        assertTrue(classified.score() > 0.99, "combined score " + classified.score());
        assertEquals("second-hand-clothing", classified.ruleSetId());
        assertEquals(4, classified.ruleSetVersion());
        assertEquals(id.pantau.classifier.model.Trainer.VERSION, classified.modelVersion());
        assertEquals(text, classified.content().text());
        List<String> tradeTerms = List.of("bale-opening", "bale-import", "thrifting");
        var termMatches = classified.matches().stream().filter(m -> tradeTerms.contains(m.ruleId())).toList();
        assertEquals(tradeTerms, termMatches.stream().map(m -> m.ruleId()).toList());
        termMatches.forEach(match -> assertEquals(match.term(), text.substring(match.start(), match.end()).toLowerCase()));
        assertEquals(8, termMatches.get(1).start());
        assertEquals(17, termMatches.get(1).end());

        assertEquals(1, TestSupport.count(
                "select count(*) from classification where content_id = ? and content_version = 1 and verdict = 'VIOLATION' and model_version = '" + id.pantau.classifier.model.Trainer.VERSION + "' and rule_set_version = 4"
                        + " and rule_set_id = 'second-hand-clothing' and matches like '%bale-opening%'", contentId));
    }

    @Test
    void clearContentIsAnnouncedToo() throws Exception {
        UUID contentId = UUID.randomUUID();
        publish(contentId, 1, "hidden gem cafe di Bogor, kopinya enak");

        ContentClassified classified = json.readValue(awaitClassified(contentId, 1).data(), ContentClassified.class);
        assertEquals("CLEAR", classified.verdict().name());
        assertTrue(classified.score() < 0.01, "combined score " + classified.score());
        // only the exclusion that cleared it (a hidden-gem cafe) is explained
        assertTrue(classified.matches().stream().allMatch(m -> m.weight() < 0), classified.matches().toString());
    }

    @Test
    void contentWithoutTextIsClear() throws Exception {
        UUID contentId = UUID.randomUUID();
        publish(contentId, 1, null);

        ContentClassified classified = json.readValue(awaitClassified(contentId, 1).data(), ContentClassified.class);
        assertEquals("CLEAR", classified.verdict().name());
    }

    @Test
    void redeliveredEventIsSkipped() throws Exception {
        UUID contentId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String data = ingested(contentId, 1, "Jual pakaian bekas impor murah");
        TestSupport.publish(ContentIngested.TOPIC, contentId.toString(), ContentIngested.TYPE, data, eventId);
        TestSupport.publish(ContentIngested.TOPIC, contentId.toString(), ContentIngested.TYPE, data, eventId);
        // Same key, same partition: once version 2 is classified, both copies of version 1 were consumed.
        publish(contentId, 2, "Jual pakaian bekas impor murah, stok baru");
        awaitClassified(contentId, 2);

        assertEquals(1, TestSupport.count(
                "select count(*) from classification where content_id = ? and content_version = 1", contentId));
        assertEquals(2, TestSupport.count("select count(*) from outbox_message where message_key = ?", contentId.toString()));
        assertEquals(1, TestSupport.count("select count(*) from processed_event where consumer = ? and event_id = ?",
                ContentIngestedConsumer.CONSUMER, eventId));
    }

    @Test
    void sameContentVersionUnderANewEventIdIsNotClassifiedTwice() throws Exception {
        UUID contentId = UUID.randomUUID();
        publish(contentId, 1, "Ready ballpress Korea grade A");
        publish(contentId, 1, "Ready ballpress Korea grade A");
        publish(contentId, 2, "Ready ballpress Korea grade A, sisa 3 bal");
        awaitClassified(contentId, 2);

        assertEquals(1, TestSupport.count(
                "select count(*) from classification where content_id = ? and content_version = 1", contentId));
        assertEquals(2, TestSupport.count("select count(*) from outbox_message where message_key = ?", contentId.toString()));
    }

    @Test
    void malformedPayloadGoesToTheDeadLetterTopicAndConsumptionGoesOn() throws Exception {
        String badKey = UUID.randomUUID().toString();
        String badId = TestSupport.publish(ContentIngested.TOPIC, badKey, ContentIngested.TYPE,
                "{\"contentId\": \"" + badKey + "\", \"version\": 1, \"content\": ");
        assertEquals(badId, awaitOne(DLQ, e -> badKey.equals(e.key())).id());

        UUID contentId = UUID.randomUUID();
        publish(contentId, 1, "Open PO #bongkarbal hari Sabtu");
        ContentClassified classified = json.readValue(awaitClassified(contentId, 1).data(), ContentClassified.class);
        assertEquals("VIOLATION", classified.verdict().name());
    }

    @Test
    void eventWithoutContentIdGoesToTheDeadLetterTopicAndIsNotMarkedProcessed() {
        String badKey = UUID.randomUUID().toString();
        String badId = TestSupport.publish(ContentIngested.TOPIC, badKey, ContentIngested.TYPE,
                "{\"version\": 1, \"content\": {\"platform\": \"tiktok\", \"text\": \"bongkar bal\"}}");
        awaitOne(DLQ, e -> badKey.equals(e.key()));
        // The handler's failure rolled back the inbox claim too: a fixed redelivery would be processed.
        await().atMost(WAIT).until(() -> TestSupport.count(
                "select count(*) from processed_event where consumer = ? and event_id = ?",
                ContentIngestedConsumer.CONSUMER, badId) == 0);
    }

    private void publish(UUID contentId, int version, String text) throws Exception {
        TestSupport.publish(ContentIngested.TOPIC, contentId.toString(), ContentIngested.TYPE,
                ingested(contentId, version, text));
    }

    private String ingested(UUID contentId, int version, String text) throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Content content = new Content("tiktok", "tt-" + contentId, "https://www.tiktok.com/@toko/video/" + contentId,
                "author-1", "@toko", text, now.minusSeconds(60), now, "sha256:" + contentId);
        return json.writeValueAsString(new ContentIngested(contentId, version, content));
    }

    private KafkaEvents.Event awaitClassified(UUID contentId, int version) {
        return awaitOne(ContentClassified.TOPIC, e -> contentId.toString().equals(e.key()) && version(e) == version);
    }

    /**
     * Retries with a fresh reader: a reader that joined before the topic existed gets no partitions and
     * would not see the record within its own timeout.
     */
    static KafkaEvents.Event awaitOne(String topic, Predicate<KafkaEvents.Event> match) {
        List<KafkaEvents.Event> found = new ArrayList<>();
        await().atMost(WAIT).until(() -> {
            found.addAll(TestSupport.await(topic, match, Duration.ofSeconds(5)));
            return !found.isEmpty();
        });
        return found.getFirst();
    }

    private int version(KafkaEvents.Event event) {
        try {
            JsonNode data = json.readTree(event.data());
            return data.path("contentVersion").asInt();
        } catch (Exception e) {
            return -1;
        }
    }
}
