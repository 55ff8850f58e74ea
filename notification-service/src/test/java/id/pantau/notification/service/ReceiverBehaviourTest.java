package id.pantau.notification.service;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.pantau.events.NoticeRequested;
import id.pantau.local.MovableClock;
import id.pantau.notification.Notices;
import id.pantau.notification.Settings;
import id.pantau.notification.Tokens;
import id.pantau.notification.WebhookReceiver;
import id.pantau.notification.WebhookReceiver.Answer;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A platform's receiver misbehaving in every way the contract allows (platform tiktok, a receiver of
 * its own that verifies every signature). %test: calls time out after 3 s.
 */
@QuarkusTest
class ReceiverBehaviourTest {

    private static final String WORKER = "delivery-worker";

    @Inject
    MovableClock clock;

    @Inject
    Scheduler scheduler;

    private WebhookReceiver receiver;

    @BeforeEach
    void tiktokListensOnAFreshReceiver() {
        // The receiver judges the signature's timestamp by the same (movable) clock as Pantau.
        receiver = WebhookReceiver.start(clock);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(), "secret", receiver.secret()))
                .when().put("/api/v1/platforms/tiktok/endpoint").then().statusCode(200);
    }

    @AfterEach
    void putEverythingBack() {
        scheduler.resume(WORKER);
        clock.reset();
        Settings.restore("tiktok");
        receiver.stop();
    }

    private static ValidatableResponse delivery(UUID noticeId) {
        return given().auth().oauth2(Tokens.auditor()).queryParam("noticeId", noticeId.toString())
                .when().get("/api/v1/deliveries").then().statusCode(200);
    }

    private List<WebhookReceiver.Call> awaitCalls(UUID noticeId, int count) {
        await().atMost(Notices.WAIT).until(() -> receiver.callsFor(noticeId).size() >= count);
        return receiver.callsFor(noticeId);
    }

    @Test
    void a500IsRetriedAndEveryCallIsSigned() {
        NoticeRequested notice = Notices.notice("tiktok");
        receiver.script(notice.noticeId(), 500);
        Notices.publish(notice);

        Notices.awaitStatus(notice.noticeId(), "DELIVERED");
        List<WebhookReceiver.Call> calls = receiver.callsFor(notice.noticeId());
        assertEquals(List.of(500, 200), calls.stream().map(WebhookReceiver.Call::answered).toList());
        assertTrue(calls.stream().allMatch(WebhookReceiver.Call::signatureValid));
        delivery(notice.noticeId()).body("attempts.httpStatus", contains(500, 200));
    }

    @Test
    void retryAfterOn429IsHonoured() {
        Map<String, Object> patient = Settings.defaults("tiktok");
        patient.put("retry", Map.of("initialDelay", "PT0.1S", "maxDelay", "PT10S", "maxTotal", "PT1H"));
        Settings.apply("tiktok", patient);
        NoticeRequested notice = Notices.notice("tiktok");
        receiver.script(notice.noticeId(), Answer.retryAfter(429, "3"));
        Notices.publish(notice);

        JsonNode retrying = Notices.tree(Notices.awaitStatus(notice.noticeId(), "RETRYING").data());
        assertEquals(429, retrying.get("httpStatus").asInt());
        ValidatableResponse waiting = delivery(notice.noticeId()).body("status", equalTo("RETRYING"));
        Instant attempted = Instant.parse(waiting.extract().path("attempts[0].attemptedAt"));
        Instant next = Instant.parse(waiting.extract().path("nextAttemptAt"));
        assertTrue(Duration.between(attempted, next).compareTo(Duration.ofSeconds(3)) >= 0,
                "next attempt " + next + " honours Retry-After: 3 after " + attempted);

        List<WebhookReceiver.Call> calls = awaitCalls(notice.noticeId(), 2);
        assertTrue(Duration.between(calls.get(0).receivedAt(), calls.get(1).receivedAt()).compareTo(Duration.ofMillis(2_900)) >= 0,
                "the platform was left alone for the 3 s it asked for");
        Notices.awaitStatus(notice.noticeId(), "DELIVERED");
    }

    @Test
    void a410IsAFailureForAPersonAndIsNotRetried() {
        NoticeRequested notice = Notices.notice("tiktok");
        receiver.script(notice.noticeId(), 410);
        Notices.publish(notice);

        JsonNode failed = Notices.tree(Notices.awaitStatus(notice.noticeId(), "FAILED").data());
        assertEquals(410, failed.get("httpStatus").asInt());
        assertTrue(failed.get("detail").asText().startsWith("platform refused the notice"), failed.toString());
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> receiver.callsFor(notice.noticeId()).size() == 1);
        delivery(notice.noticeId()).body("status", equalTo("FAILED")).body("nextAttemptAt", equalTo(null));
    }

    @Test
    void aSlowAnswerWithinTheTimeoutIsDelivered() {
        NoticeRequested notice = Notices.notice("tiktok");
        receiver.script(notice.noticeId(), Answer.slow(200, 1_200));
        Notices.publish(notice);

        Notices.awaitStatus(notice.noticeId(), "DELIVERED");
        delivery(notice.noticeId()).body("attemptCount", equalTo(1))
                .body("attempts[0].latencyMs", greaterThanOrEqualTo(1_200));
    }

    @Test
    void aTimeoutIsRetried() {
        NoticeRequested notice = Notices.notice("tiktok");
        receiver.script(notice.noticeId(), Answer.slow(200, 4_500)); // longer than the 3 s timeout
        Notices.publish(notice);

        JsonNode retrying = Notices.tree(Notices.awaitStatus(notice.noticeId(), "RETRYING").data());
        assertTrue(retrying.get("detail").asText().contains("timeout"), retrying.toString());
        assertTrue(retrying.get("httpStatus").isNull());
        Notices.awaitStatus(notice.noticeId(), "DELIVERED");
        delivery(notice.noticeId()).body("attemptCount", equalTo(2))
                .body("attempts[0].error", containsString("timeout"))
                .body("attempts[1].httpStatus", equalTo(200));
        List<WebhookReceiver.Call> calls = receiver.callsFor(notice.noticeId());
        assertEquals(calls.get(0).idempotencyKey(), calls.get(1).idempotencyKey(), "the platform can drop the repeat");
    }

    /**
     * Nothing about the schedule lives in memory: with the worker stopped (as in a restart) the next
     * attempt still happens at the time stored in the database, and not before it.
     */
    @Test
    void aRestartContinuesTheScheduleFromTheDatabase() {
        Map<String, Object> hourly = Settings.defaults("tiktok");
        hourly.put("retry", Map.of("initialDelay", "PT1H", "maxDelay", "PT6H", "maxTotal", "PT24H"));
        Settings.apply("tiktok", hourly);
        NoticeRequested notice = Notices.notice("tiktok");
        receiver.script(notice.noticeId(), 503);
        Notices.publish(notice);

        Notices.awaitStatus(notice.noticeId(), "RETRYING");
        Instant next = Instant.parse(delivery(notice.noticeId()).extract().path("nextAttemptAt"));
        assertTrue(Duration.between(clock.instant(), next).compareTo(Duration.ofMinutes(29)) > 0, "half to all of an hour: " + next);

        scheduler.pause(WORKER); // the "restart": no worker runs, no in-memory state is kept
        clock.advance(Duration.between(clock.instant(), next).plusSeconds(1));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> receiver.callsFor(notice.noticeId()).size() == 1);
        delivery(notice.noticeId()).body("status", equalTo("RETRYING"));

        scheduler.resume(WORKER);
        Notices.awaitStatus(notice.noticeId(), "DELIVERED");
        Instant second = Instant.parse(delivery(notice.noticeId()).extract().path("attempts[1].attemptedAt"));
        assertFalse(second.isBefore(next), "attempt 2 at " + second + ", scheduled for " + next);
        assertEquals(2, receiver.callsFor(notice.noticeId()).size());
    }

    @Test
    void withoutTheClockMovingAPersistedRetryIsNotAttemptedEarly() {
        Map<String, Object> hourly = Settings.defaults("tiktok");
        hourly.put("retry", Map.of("initialDelay", "PT1H", "maxDelay", "PT6H", "maxTotal", "PT24H"));
        Settings.apply("tiktok", hourly);
        NoticeRequested notice = Notices.notice("tiktok");
        receiver.script(notice.noticeId(), 503);
        Notices.publish(notice);

        Notices.awaitStatus(notice.noticeId(), "RETRYING");
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> receiver.callsFor(notice.noticeId()).size() == 1);
    }
}
