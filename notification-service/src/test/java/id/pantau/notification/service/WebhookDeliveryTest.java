package id.pantau.notification.service;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pantau.events.NoticeRequested;
import id.pantau.events.NoticeStatus;
import id.pantau.local.KafkaEvents;
import id.pantau.notification.Notices;
import id.pantau.notification.Tokens;
import id.pantau.notification.WebhookReceiver;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole path: notice.requested in, a signed POST to a real HTTP receiver, the delivery log and
 * notice.status out. The receiver (platform shopee) verifies every signature with its secret.
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private final WebhookReceiver receiver = WebhookReceiver.shared();

    @BeforeEach
    void shopeeListensOnTheReceiver() {
        register("shopee", receiver.url(), receiver.secret());
    }

    static void register(String platform, String url, String secret) {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("url", url, "secret", secret))
                .when().put("/api/v1/platforms/{platform}/endpoint", platform).then().statusCode(200);
    }

    private List<WebhookReceiver.Call> awaitCalls(UUID noticeId, int count) {
        await().atMost(WAIT).until(() -> receiver.callsFor(noticeId).size() >= count);
        return receiver.callsFor(noticeId);
    }

    private static ValidatableResponse delivery(UUID noticeId) {
        return given().auth().oauth2(Tokens.auditor()).queryParam("noticeId", noticeId.toString())
                .when().get("/api/v1/deliveries").then().statusCode(200).contentType(ContentType.JSON);
    }

    @Test
    void deliversASignedNoticeAndReportsItDelivered() {
        NoticeRequested notice = Notices.notice("shopee");
        Notices.publish(notice);

        WebhookReceiver.Call call = awaitCalls(notice.noticeId(), 1).getFirst();
        assertTrue(call.signatureValid(), "signature verifies with the registered secret: " + call.signature());
        assertTrue(call.signature().matches("t=\\d+,v1=[0-9a-f]{64}"), call.signature());
        assertEquals(notice.noticeId().toString(), call.idempotencyKey());
        assertTrue(call.contentType().startsWith("application/json"));
        UUID eventId = UUID.fromString(call.eventId());
        JsonNode body = Notices.tree(call.body());
        ObjectNode fields = body.deepCopy();
        JsonNode texts = fields.remove("texts");
        assertEquals("id", fields.remove("language").asText(), "shopee keeps the default language");
        assertEquals(Notices.tree(Notices.json(notice)), fields, "the body is the notice, every field of it, plus texts");
        assertTrue(texts.get("id").asText().contains("PEMBERITAHUAN PENURUNAN KONTEN"), texts.toString());
        assertTrue(texts.get("en").asText().contains("CONTENT TAKEDOWN NOTICE"), texts.toString());
        assertTrue(texts.get("en").asText().contains(notice.url()), texts.toString());
        assertEquals(notice.caseId().toString(), body.get("caseId").asText());
        assertEquals(notice.externalId(), body.get("externalId").asText());
        assertEquals(notice.url(), body.get("url").asText());
        assertEquals("shopee", body.get("platform").asText());

        KafkaEvents.Event event = Notices.awaitStatus(notice.noticeId(), "DELIVERED");
        assertEquals(NoticeStatus.TYPE, event.type());
        assertEquals(notice.caseId().toString(), event.key());
        JsonNode data = Notices.tree(event.data());
        assertEquals(1, data.get("attempt").asInt());
        assertEquals("WEBHOOK", data.get("channel").asText());
        assertEquals(200, data.get("httpStatus").asInt());
        assertEquals(notice.caseId().toString(), data.get("caseId").asText());
        assertEquals("shopee", data.get("platform").asText());

        delivery(notice.noticeId())
                .body("noticeId", equalTo(notice.noticeId().toString()))
                .body("caseId", equalTo(notice.caseId().toString()))
                .body("platform", equalTo("shopee"))
                .body("status", equalTo("DELIVERED"))
                .body("attemptCount", equalTo(1))
                .body("nextAttemptAt", nullValue())
                .body("deliveredAt", notNullValue())
                .body("attempts.size()", equalTo(1))
                .body("attempts[0].attempt", equalTo(1))
                .body("attempts[0].eventId", equalTo(eventId.toString()))
                .body("attempts[0].channel", equalTo("WEBHOOK"))
                .body("attempts[0].httpStatus", equalTo(200))
                .body("attempts[0].latencyMs", greaterThanOrEqualTo(0))
                .body("attempts[0].attemptedAt", notNullValue())
                .body("attempts[0].error", nullValue());

        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("pantau_notice_deliveries_total{outcome=\"delivered\"}"), metrics);
    }

    @Test
    void aBusyPlatformIsRetriedUntilItAccepts() {
        NoticeRequested notice = Notices.notice("shopee");
        receiver.script(notice.noticeId(), 503);
        Notices.publish(notice);

        List<WebhookReceiver.Call> calls = awaitCalls(notice.noticeId(), 2);
        assertEquals(503, calls.get(0).answered());
        assertEquals(200, calls.get(1).answered());
        assertTrue(calls.stream().allMatch(WebhookReceiver.Call::signatureValid));
        assertNotEquals(calls.get(0).eventId(), calls.get(1).eventId(), "each attempt has its own event id");
        assertEquals(calls.get(0).idempotencyKey(), calls.get(1).idempotencyKey(), "the notice keeps its key");
        assertEquals(calls.get(0).body(), calls.get(1).body());

        JsonNode retrying = Notices.tree(Notices.awaitStatus(notice.noticeId(), "RETRYING").data());
        assertEquals(1, retrying.get("attempt").asInt());
        assertEquals(503, retrying.get("httpStatus").asInt());
        JsonNode delivered = Notices.tree(Notices.awaitStatus(notice.noticeId(), "DELIVERED").data());
        assertEquals(2, delivered.get("attempt").asInt());

        delivery(notice.noticeId())
                .body("status", equalTo("DELIVERED"))
                .body("attemptCount", equalTo(2))
                .body("attempts.httpStatus", contains(503, 200))
                .body("attempts.outcome", contains("RETRYING", "DELIVERED"));
    }

    @Test
    void aRefusedNoticeFailsAndASupervisorCanResendIt() {
        NoticeRequested notice = Notices.notice("shopee");
        receiver.script(notice.noticeId(), 400);
        Notices.publish(notice);

        JsonNode failed = Notices.tree(Notices.awaitStatus(notice.noticeId(), "FAILED").data());
        assertEquals(400, failed.get("httpStatus").asInt());
        assertEquals(1, failed.get("attempt").asInt());
        String id = delivery(notice.noticeId())
                .body("status", equalTo("FAILED"))
                .body("attemptCount", equalTo(1))
                .body("attempts[0].httpStatus", equalTo(400))
                .body("lastError", containsString("400"))
                .extract().path("id");
        assertEquals(1, receiver.callsFor(notice.noticeId()).size(), "a refusal is not retried by itself");

        given().auth().oauth2(Tokens.supervisor()).when().post("/api/v1/deliveries/{id}/resend", id)
                .then().statusCode(200).body("status", equalTo("PENDING")).body("resentBy", equalTo("supervisor1"));

        Notices.awaitStatus(notice.noticeId(), "DELIVERED");
        delivery(notice.noticeId())
                .body("status", equalTo("DELIVERED"))
                .body("attemptCount", equalTo(2))
                .body("attempts.httpStatus", contains(400, 200));

        given().auth().oauth2(Tokens.supervisor()).when().post("/api/v1/deliveries/{id}/resend", id)
                .then().statusCode(409).contentType("application/problem+json").body("status", equalTo(409));
    }

    @Test
    void theSameNoticeTwiceMakesOneDeliveryAndOneCall() {
        NoticeRequested notice = Notices.notice("shopee");
        String eventId = UUID.randomUUID().toString();
        Notices.publish(notice, eventId);
        Notices.publish(notice, eventId);   // a redelivered event
        Notices.publish(notice);            // the same notice published again under a new event id
        // Same key, same partition: once this one is delivered, the three above have been consumed.
        NoticeRequested sentinel = new NoticeRequested(UUID.randomUUID(), notice.caseId(), notice.contentId(),
                "shopee", notice.externalId(), notice.url(), notice.authorId(), notice.issuingAuthority(),
                notice.legalBasis(), notice.reason(), notice.requestedAction(), notice.priority(), notice.deadline(),
                notice.evidenceDigest(), notice.responseUrl(), notice.requestedAt());
        Notices.publish(sentinel);

        Notices.awaitStatus(sentinel.noticeId(), "DELIVERED");
        Notices.awaitStatus(notice.noticeId(), "DELIVERED");
        assertEquals(1, receiver.callsFor(notice.noticeId()).size());
        delivery(notice.noticeId()).body("attemptCount", equalTo(1)).body("attempts.size()", equalTo(1));
    }

    @Test
    void withoutAnEndpointItRetriesThenGivesUp() {
        NoticeRequested notice = Notices.notice("x"); // x never registers an endpoint in these tests
        Notices.publish(notice);

        JsonNode retrying = Notices.tree(Notices.awaitStatus(notice.noticeId(), "RETRYING").data());
        assertEquals("no webhook endpoint registered", retrying.get("detail").asText());
        assertTrue(retrying.get("httpStatus").isNull());

        // %test max-attempts = 3
        JsonNode failed = Notices.tree(Notices.awaitStatus(notice.noticeId(), "FAILED").data());
        assertEquals(3, failed.get("attempt").asInt());
        assertTrue(failed.get("detail").asText().startsWith("gave up after 3 attempts"), failed.toString());
        delivery(notice.noticeId())
                .body("status", equalTo("DEAD"))
                .body("attemptCount", equalTo(3))
                .body("nextAttemptAt", nullValue())
                .body("attempts.error", everyItem(equalTo("no webhook endpoint registered")));
    }

    @Test
    void anUnreachableEndpointIsRetried() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        register("tokopedia", "http://127.0.0.1:" + closedPort + "/hook", "tokopedia-secret-0123456789");
        NoticeRequested notice = Notices.notice("tokopedia");
        Notices.publish(notice);

        JsonNode retrying = Notices.tree(Notices.awaitStatus(notice.noticeId(), "RETRYING").data());
        assertTrue(retrying.get("httpStatus").isNull());
        assertTrue(retrying.get("detail").asText().toLowerCase().contains("refused"), retrying.toString());
        await().atMost(WAIT).untilAsserted(() -> delivery(notice.noticeId()).body("status", equalTo("DEAD")));
    }

    @Test
    void undeliverableNoticesGoToTheDeadLetterTopic() {
        NoticeRequested unknownPlatform = new NoticeRequested(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                "myspace", "e", "https://myspace.example/1", null, "a", "b", "c", "REMOVE", "NORMAL",
                Instant.now(), "a".repeat(64), "https://r.example", Instant.now());
        Notices.publish(unknownPlatform);
        String garbageKey = UUID.randomUUID().toString();
        KafkaEvents.publish(Notices.bootstrap(), NoticeRequested.TOPIC, garbageKey, NoticeRequested.TYPE, "{not json");

        String dlq = "notice.requested.notification-service.dlq";
        assertEquals(1, KafkaEvents.await(Notices.bootstrap(), dlq,
                e -> unknownPlatform.caseId().toString().equals(e.key()), WAIT).size());
        assertEquals(1, KafkaEvents.await(Notices.bootstrap(), dlq, e -> garbageKey.equals(e.key()), WAIT).size());
        given().auth().oauth2(Tokens.auditor()).queryParam("noticeId", unknownPlatform.noticeId().toString())
                .when().get("/api/v1/deliveries").then().statusCode(404);
    }
}
