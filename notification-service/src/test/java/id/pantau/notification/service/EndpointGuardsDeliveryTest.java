package id.pantau.notification.service;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.pantau.events.NoticeRequested;
import id.pantau.notification.Notices;
import id.pantau.notification.Settings;
import id.pantau.notification.Tokens;
import id.pantau.notification.WebhookReceiver;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The circuit breaker per endpoint and the rate limit per platform, end to end (platform tiktok, a
 * receiver of its own per test so each test starts with a closed circuit). %test: the circuit opens
 * after 4 consecutive failures, for 3 s.
 */
@QuarkusTest
class EndpointGuardsDeliveryTest {

    private WebhookReceiver receiver;

    @BeforeEach
    void tiktokListensOnAFreshReceiver() {
        receiver = WebhookReceiver.start();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(), "secret", receiver.secret()))
                .when().put("/api/v1/platforms/tiktok/endpoint").then().statusCode(200);
    }

    @AfterEach
    void tiktokAsSeeded() {
        Settings.restore("tiktok");
        receiver.stop();
    }

    private static ValidatableResponse delivery(UUID noticeId) {
        return given().auth().oauth2(Tokens.auditor()).queryParam("noticeId", noticeId.toString())
                .when().get("/api/v1/deliveries").then().statusCode(200);
    }

    @Test
    void aPlatformThatIsDownIsNotHammeredAndItsNoticesWaitWithoutUsingAttempts() {
        NoticeRequested first = Notices.notice("tiktok");
        receiver.script(first.noticeId(), 503, 503, 503);
        Notices.publish(first);
        Notices.awaitStatus(first.noticeId(), "FAILED"); // 3 failures: one short of opening
        NoticeRequested second = Notices.notice("tiktok");
        receiver.script(second.noticeId(), 503);
        Notices.publish(second);
        Notices.awaitStatus(second.noticeId(), "RETRYING"); // the 4th failure in a row: open
        Instant opened = receiver.callsFor(second.noticeId()).getFirst().receivedAt();

        NoticeRequested waiting = Notices.notice("tiktok");
        Notices.publish(waiting);
        await().atMost(Notices.WAIT).untilAsserted(() -> delivery(waiting.noticeId())
                .body("status", equalTo("PENDING"))
                .body("attemptCount", equalTo(0))
                .body("lastError", containsString("circuit open")));

        Notices.awaitStatus(waiting.noticeId(), "DELIVERED");
        Notices.awaitStatus(second.noticeId(), "DELIVERED");
        Instant probe = Stream.of(waiting, second)
                .flatMap(notice -> receiver.callsFor(notice.noticeId()).stream())
                .filter(call -> call.receivedAt().isAfter(opened))
                .map(WebhookReceiver.Call::receivedAt).min(Comparator.naturalOrder()).orElseThrow();
        assertTrue(Duration.between(opened, probe).compareTo(Duration.ofMillis(2_500)) >= 0,
                "nothing reached the platform while the circuit was open: " + Duration.between(opened, probe));
        delivery(waiting.noticeId()).body("status", equalTo("DELIVERED")).body("attemptCount", equalTo(1));
        delivery(second.noticeId()).body("attemptCount", equalTo(2));
    }

    @Test
    void thePlatformsRateLimitSpreadsItsDeliveries() {
        Map<String, Object> slow = Settings.defaults("tiktok");
        slow.put("ratePerSecond", 1);
        Settings.apply("tiktok", slow);
        List<NoticeRequested> notices = List.of(Notices.notice("tiktok"), Notices.notice("tiktok"), Notices.notice("tiktok"));
        notices.forEach(Notices::publish);

        notices.forEach(notice -> Notices.awaitStatus(notice.noticeId(), "DELIVERED"));
        List<Instant> times = notices.stream()
                .map(notice -> receiver.callsFor(notice.noticeId()).getFirst().receivedAt()).sorted().toList();
        // one per second: three calls cover at least two refresh boundaries
        assertTrue(Duration.between(times.getFirst(), times.getLast()).compareTo(Duration.ofMillis(1_000)) > 0,
                "calls at " + times);
        notices.forEach(notice -> delivery(notice.noticeId()).body("attemptCount", equalTo(1)));
        assertEquals(3, notices.stream().mapToLong(n -> receiver.callsFor(n.noticeId()).size()).sum());
    }
}
