package id.pantau.cases.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.awaitility.Awaitility.await;
import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.cases.support.CaseFixtures;
import id.pantau.cases.support.Tokens;
import id.pantau.events.CaseStateChanged;
import id.pantau.events.RemovalResult;
import id.pantau.events.RemovalVerified;
import id.pantau.local.KafkaEvents;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** content.removal-verified: closes, escalates or only records, exactly once per event. */
@QuarkusTest
class RemovalVerifiedConsumerTest {

    private static final String DLQ = "content.removal-verified.case-service.dlq";

    @Inject
    CaseFixtures fixtures;

    @Inject
    ObjectMapper json;

    @ParameterizedTest
    @CsvSource({"GONE,CLOSED,VERIFY_REMOVED,REMOVED", "GEO_BLOCKED,CLOSED,VERIFY_REMOVED,GEO_BLOCKED",
            "STILL_AVAILABLE,ESCALATED,VERIFY_STILL_LIVE,"})
    void aVerificationMovesAnActionedCase(RemovalResult result, String state, String action, String outcome) throws Exception {
        var actioned = actionedCase();
        String eventId = publish(verified(actioned, result));
        fixtures.awaitState(actioned.caseId(), state);
        JsonPath detail = fixtures.detail(actioned.caseId());
        assertEquals(action, detail.getString("audit[5].action"));
        assertEquals("system", detail.getString("audit[5].actor"));
        assertTrue(detail.getString("audit[5].reason").contains(result.name()));
        assertEquals(outcome, detail.getString("outcome"));
        assertEquals(result.name(), detail.getString("verifications[0].result"));
        assertTrue(detail.getBoolean("verifications[0].applied"));
        assertTrue(detail.getBoolean("auditChainIntact"));
        var changed = fixtures.events(CaseStateChanged.TOPIC, e -> actioned.caseId().equals(e.key())
                && e.data().contains("\"toState\":\"" + state + "\""), CaseFixtures.WAIT);
        assertEquals(1, changed.size());

        // The same event again has no second effect (and is not dead-lettered).
        publish(verified(actioned, result), eventId);
        String marker = publish(verified(actioned, RemovalResult.UNKNOWN));
        await().atMost(CaseFixtures.WAIT).until(() -> fixtures.detail(actioned.caseId()).getList("verifications").size() == 2);
        assertEquals(6, fixtures.detail(actioned.caseId()).getList("audit").size());
        assertTrue(fixtures.events(DLQ, e -> eventId.equals(e.id()) || marker.equals(e.id()), Duration.ofSeconds(2)).isEmpty());
    }

    @Test
    void unknownIsOnlyRecorded() throws Exception {
        var actioned = actionedCase();
        publish(verified(actioned, RemovalResult.UNKNOWN));
        await().atMost(CaseFixtures.WAIT).until(() -> fixtures.detail(actioned.caseId()).getList("verifications").size() == 1);
        JsonPath detail = fixtures.detail(actioned.caseId());
        assertEquals("ACTIONED", detail.getString("state"));
        assertFalse(detail.getBoolean("verifications[0].applied"));
        assertEquals(5, detail.getList("audit").size());
    }

    @Test
    void aCaseThatIsNotActionedIsNotMoved() throws Exception {
        var delivered = fixtures.deliveredCase("tiktok");
        var asIf = new CaseFixtures.Approved(delivered.caseId(), delivered.noticeId(), delivered.externalId());
        publish(verified(asIf, RemovalResult.GONE));
        await().atMost(CaseFixtures.WAIT).until(() -> fixtures.detail(delivered.caseId()).getList("verifications").size() == 1);
        assertEquals("NOTICE_SENT", fixtures.detail(delivered.caseId()).getString("state"));
    }

    @Test
    void poisonAndUnknownCasesGoToTheDeadLetterTopic() throws Exception {
        String poison = KafkaEvents.publish(fixtures.bootstrap(), RemovalVerified.TOPIC, "x", RemovalVerified.TYPE, "{not json");
        var unknownCase = new RemovalVerified(UUID.randomUUID(), UUID.randomUUID(), "tiktok", "x", "https://x",
                RemovalResult.GONE, 1, "HTTP", 404, null, Instant.now());
        String unknown = KafkaEvents.publish(fixtures.bootstrap(), RemovalVerified.TOPIC, unknownCase.caseId().toString(),
                RemovalVerified.TYPE, json.writeValueAsString(unknownCase));
        assertEquals(1, fixtures.events(DLQ, e -> poison.equals(e.id()), CaseFixtures.WAIT).size());
        assertEquals(1, fixtures.events(DLQ, e -> unknown.equals(e.id()), CaseFixtures.WAIT).size());
    }

    private CaseFixtures.Approved actionedCase() {
        var delivered = fixtures.deliveredCase("tiktok");
        given().auth().oauth2(Tokens.platform("tiktok")).contentType(ContentType.JSON)
                .body(Map.of("action", "REMOVED", "reference", "TT-" + delivered.externalId()))
                .post("/api/v1/platform/notices/" + delivered.noticeId() + "/action")
                .then().statusCode(200);
        return delivered;
    }

    private RemovalVerified verified(CaseFixtures.Approved actioned, RemovalResult result) {
        JsonPath detail = fixtures.detail(actioned.caseId());
        return new RemovalVerified(UUID.fromString(actioned.caseId()), UUID.fromString(detail.getString("contentId")),
                "tiktok", actioned.externalId(), detail.getString("url"), result, 3, "HTTP",
                result == RemovalResult.GONE ? 404 : 200, null, Instant.now());
    }

    private String publish(RemovalVerified event) throws Exception {
        return KafkaEvents.publish(fixtures.bootstrap(), RemovalVerified.TOPIC, event.caseId().toString(),
                RemovalVerified.TYPE, json.writeValueAsString(event));
    }

    private void publish(RemovalVerified event, String eventId) throws Exception {
        KafkaEvents.publish(fixtures.bootstrap(), RemovalVerified.TOPIC, event.caseId().toString(),
                RemovalVerified.TYPE, json.writeValueAsString(event), eventId);
    }
}
