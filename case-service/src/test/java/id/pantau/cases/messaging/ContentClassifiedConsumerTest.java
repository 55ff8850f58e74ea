package id.pantau.cases.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.cases.support.CaseFixtures;
import id.pantau.events.CaseStateChanged;
import id.pantau.events.Content;
import id.pantau.events.ContentClassified;
import id.pantau.events.ContentMedia;
import id.pantau.events.ContentMetrics;
import id.pantau.events.ContentSource;
import id.pantau.events.Verdict;
import id.pantau.local.KafkaEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContentClassifiedConsumerTest {

    private static final String DLQ = "content.classified.case-service.dlq";

    @Inject
    CaseFixtures fixtures;

    @Inject
    ObjectMapper json;

    @Test
    void viewsBecomeTheCasesReachAndMediaHashesTheEvidence() {
        String externalId = CaseFixtures.uniqueExternalId();
        var base = fixtures.classification(UUID.randomUUID(), 1, "youtube", externalId, Verdict.VIOLATION, 4.0,
                "Live bongkar bal Korea malam ini");
        var c = base.content();
        var content = new Content(c.platform(), c.externalId(), c.url(), c.authorId(), c.authorHandle(), c.text(),
                c.postedAt(), c.capturedAt(), c.contentHash(), "Toko Thrift", 12_000L, null,
                List.of(new ContentMedia("VIDEO", "https://cdn.example/v.mp4", "d".repeat(64), 2_048L)),
                new ContentMetrics(48_000L, 900L, 12L, 40L), ContentSource.CONNECTOR, "id");
        var event = new ContentClassified(base.contentId(), 1, content, base.verdict(), base.score(), base.matches(),
                base.ruleSetId(), base.ruleSetVersion(), base.classifiedAt(), "second-hand-clothing-lr.v1");
        JsonPath detail = fixtures.detail(fixtures.open(event));
        assertEquals(48_000L, detail.getLong("reach"));
        assertEquals("d".repeat(64), detail.getString("evidence[0].snapshot.content.media[0].sha256"));
        assertEquals(48_000L, detail.getLong("evidence[0].snapshot.content.metrics.views"));
        assertEquals("second-hand-clothing-lr.v1", detail.getString("evidence[0].snapshot.classification.modelVersion"));
    }

    @Test
    void aViolationOpensAnUrgentCaseWithEvidenceAuditAndEvent() throws Exception {
        String externalId = CaseFixtures.uniqueExternalId();
        ContentClassified event = fixtures.classification(UUID.randomUUID(), 1, "tiktok", externalId,
                Verdict.VIOLATION, 4.5, "Bongkar bal impor Korea, thrifting murah!");
        fixtures.publish(event);

        String caseId = fixtures.awaitCaseId(externalId);
        JsonPath detail = fixtures.detail(caseId);
        assertEquals("OPEN", detail.getString("state"));
        assertEquals("URGENT", detail.getString("priority"));
        assertEquals("VIOLATION", detail.getString("verdict"));
        assertEquals(event.contentId().toString(), detail.getString("contentId"));
        assertEquals("tiktok", detail.getString("platform"));
        assertEquals(event.content().url(), detail.getString("url"));
        assertEquals(event.content().authorId(), detail.getString("authorId"));

        List<Map<String, Object>> evidence = detail.getList("evidence");
        assertEquals(1, evidence.size());
        assertEquals(64, ((String) evidence.getFirst().get("sha256")).length());
        assertEquals(event.content().contentHash(), detail.getString("evidence[0].snapshot.content.contentHash"));
        assertEquals(event.content().text(), detail.getString("evidence[0].snapshot.content.text"));
        assertEquals("second-hand-clothing", detail.getString("evidence[0].snapshot.classification.ruleSetId"));
        assertEquals("term.bongkar-bal", detail.getString("evidence[0].snapshot.classification.matches[0].ruleId"));

        assertEquals(1, detail.getList("audit").size());
        assertEquals("system", detail.getString("audit[0].actor"));
        assertNull(detail.get("audit[0].fromState"));
        assertEquals("OPEN", detail.getString("audit[0].toState"));
        assertEquals("0".repeat(64), detail.getString("audit[0].prevHash"));
        assertTrue(detail.getBoolean("auditChainIntact"));

        var published = fixtures.events(CaseStateChanged.TOPIC,
                e -> caseId.equals(e.key()), CaseFixtures.WAIT);
        assertEquals(1, published.size());
        assertEquals(CaseStateChanged.TYPE, published.getFirst().type());
        JsonNode data = json.readTree(published.getFirst().data());
        assertEquals("OPEN", data.get("toState").asText());
        assertTrue(data.get("fromState").isNull());
        assertEquals("system", data.get("actor").asText());
        assertEquals(event.contentId().toString(), data.get("contentId").asText());
    }

    @Test
    void aReviewWithALowScoreOpensANormalCase() {
        String caseId = fixtures.openCase("meta", Verdict.REVIEW, 4.5);
        JsonPath detail = fixtures.detail(caseId);
        assertEquals("NORMAL", detail.getString("priority"));
        assertEquals("REVIEW", detail.getString("verdict"));
    }

    @Test
    void theSameEventTwiceOpensOneCaseAndALaterVersionAddsEvidence() {
        UUID contentId = UUID.randomUUID();
        String externalId = CaseFixtures.uniqueExternalId();
        ContentClassified first = fixtures.classification(contentId, 1, "tiktok", externalId, Verdict.VIOLATION, 3.0,
                "Bongkar bal " + externalId);
        String eventId = UUID.randomUUID().toString();
        fixtures.publish(first, eventId);
        fixtures.publish(first, eventId);
        // Same content version under a new event id (a re-classification): still no second evidence version.
        fixtures.publish(first);
        JsonPath original = fixtures.detail(fixtures.awaitCaseId(externalId));
        ContentClassified edited = fixtures.classification(contentId, 2, "tiktok", externalId, Verdict.VIOLATION, 3.5,
                "Bongkar bal (edited) " + externalId);
        fixtures.publish(edited);

        // Same key, same partition: once version 2 is in, everything published before it was handled.
        String caseId = fixtures.awaitCaseId(externalId);
        await().atMost(CaseFixtures.WAIT).until(() -> fixtures.detail(caseId).getList("evidence").size() == 2);
        JsonPath detail = fixtures.detail(caseId);
        assertEquals(List.of(1, 2), detail.getList("evidence.contentVersion", Integer.class));
        assertEquals(List.of(1, 2), detail.getList("evidence.version", Integer.class));
        assertEquals(1, detail.getList("audit").size(), "one OPEN, never twice");
        assertEquals(3.5, detail.getDouble("score"));
        assertTrue(!detail.getString("evidence[0].sha256").equals(detail.getString("evidence[1].sha256")));
        // The evidence of the first version is kept as it was captured: the edit is added, never written over it.
        assertEquals(original.getString("evidence[0].sha256"), detail.getString("evidence[0].sha256"));
        assertEquals(original.getMap("evidence[0].snapshot"), detail.getMap("evidence[0].snapshot"));
        assertEquals(first.content().text(), detail.getString("evidence[0].snapshot.content.text"));
        assertEquals(edited.content().text(), detail.getString("evidence[1].snapshot.content.text"));
    }

    /**
     * A message the consumer cannot read goes to the dead-letter topic instead of stopping the partition:
     * a good classification behind it, on the same key and so the same partition, still opens its case.
     */
    @Test
    void aPoisonMessageIsDeadLetteredAndTheConsumerCarriesOn() throws Exception {
        UUID contentId = UUID.randomUUID();
        String externalId = CaseFixtures.uniqueExternalId();
        String notJson = KafkaEvents.publish(fixtures.bootstrap(), ContentClassified.TOPIC, contentId.toString(),
                ContentClassified.TYPE, "{not json");
        String noContent = KafkaEvents.publish(fixtures.bootstrap(), ContentClassified.TOPIC, contentId.toString(),
                ContentClassified.TYPE, json.writeValueAsString(Map.of("contentId", contentId.toString(), "verdict", "VIOLATION")));
        fixtures.publish(fixtures.classification(contentId, 1, "tiktok", externalId, Verdict.VIOLATION, 3.0,
                "Bongkar bal " + externalId));

        assertEquals(1, fixtures.events(DLQ, e -> notJson.equals(e.id()), CaseFixtures.WAIT).size());
        assertEquals(1, fixtures.events(DLQ, e -> noContent.equals(e.id()), CaseFixtures.WAIT).size());
        JsonPath detail = fixtures.detail(fixtures.awaitCaseId(externalId));
        assertEquals("OPEN", detail.getString("state"));
        assertEquals(1, detail.getList("evidence").size());
    }

    @Test
    void clearOpensNothing() {
        UUID contentId = UUID.randomUUID();
        String externalId = CaseFixtures.uniqueExternalId();
        fixtures.publish(fixtures.classification(contentId, 1, "tiktok", externalId, Verdict.CLEAR, 0.0, "Baju baru"));
        fixtures.publish(fixtures.classification(contentId, 2, "tiktok", externalId, Verdict.REVIEW, 2.0, "Baju bekas impor"));

        // The REVIEW of version 2 opens the case; the CLEAR before it (same partition) left no trace.
        String caseId = fixtures.awaitCaseId(externalId);
        JsonPath detail = fixtures.detail(caseId);
        assertEquals(List.of(2), detail.getList("evidence.contentVersion", Integer.class));
    }
}
