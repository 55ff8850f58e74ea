package id.pantau.notification.service;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.pantau.events.NoticeRequested;
import id.pantau.notification.MailServer;
import id.pantau.notification.Notices;
import id.pantau.notification.Settings;
import id.pantau.notification.Tokens;
import id.pantau.notification.WebhookReceiver;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a platform's settings do to its deliveries (platform tiktok, which no other delivery test uses). */
@QuarkusTest
class PlatformSettingsDeliveryTest {

    // Its own receiver: the scripted failures here must not count against the shared receiver's breaker.
    private static final WebhookReceiver receiver = WebhookReceiver.start();

    @BeforeEach
    void tiktokListensOnTheReceiver() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(), "secret", receiver.secret()))
                .when().put("/api/v1/platforms/tiktok/endpoint").then().statusCode(200);
    }

    @AfterEach
    void tiktokAsSeeded() {
        Settings.restore("tiktok");
    }

    private static ValidatableResponse delivery(UUID noticeId) {
        return given().auth().oauth2(Tokens.auditor()).queryParam("noticeId", noticeId.toString())
                .when().get("/api/v1/deliveries").then().statusCode(200);
    }

    @Test
    void theLanguageOfThePlatformLeadsTheTexts() {
        Map<String, Object> english = Settings.defaults("tiktok");
        english.put("language", "en");
        Settings.apply("tiktok", english);
        NoticeRequested notice = Notices.notice("tiktok");
        Notices.publish(notice);

        await().atMost(Notices.WAIT).until(() -> !receiver.callsFor(notice.noticeId()).isEmpty());
        JsonNode body = Notices.tree(receiver.callsFor(notice.noticeId()).getFirst().body());
        assertEquals("en", body.get("language").asText());
        Iterator<String> keys = body.get("texts").fieldNames();
        assertEquals(List.of("en", "id"), List.of(keys.next(), keys.next()), "English first");
    }

    @Test
    void anInactivePlatformsNoticesWaitAndGoOutWhenItIsActiveAgain() {
        Map<String, Object> inactive = Settings.defaults("tiktok");
        inactive.put("active", false);
        Settings.apply("tiktok", inactive);
        NoticeRequested notice = Notices.notice("tiktok");
        Notices.publish(notice);

        await().atMost(Notices.WAIT).untilAsserted(() -> delivery(notice.noticeId()).body("status", equalTo("PENDING")));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> receiver.callsFor(notice.noticeId()).isEmpty());
        delivery(notice.noticeId()).body("attemptCount", equalTo(0));

        Settings.restore("tiktok");
        Notices.awaitStatus(notice.noticeId(), "DELIVERED");
        assertEquals(1, receiver.callsFor(notice.noticeId()).size());
    }

    @Test
    void whenTheWebhookGivesUpTheNoticeFallsBackToEmail() throws Exception {
        String address = "fallback+" + UUID.randomUUID() + "@tiktok.example";
        given().auth().oauth2(Tokens.platform("tiktok")).contentType(ContentType.JSON)
                .body(Map.of("addresses", List.of(address)))
                .when().put("/api/v1/platforms/tiktok/email").then().statusCode(200)
                .body("channels", contains("WEBHOOK", "EMAIL"));
        try {
            NoticeRequested notice = Notices.notice("tiktok");
            receiver.script(notice.noticeId(), 503, 503, 503); // %test: 3 attempts per round
            Notices.publish(notice);

            Notices.awaitStatus(notice.noticeId(), "DELIVERED");
            await().atMost(Notices.WAIT).until(() -> !MailServer.to(address).isEmpty());
            MimeMessage mail = MailServer.to(address).getFirst();
            assertTrue(mail.getSubject().contains(notice.noticeId().toString()));
            JsonNode fallback = Notices.statuses(notice.noticeId(), "RETRYING").stream()
                    .map(event -> Notices.tree(event.data()))
                    .filter(data -> data.get("attempt").asInt() == 3).findFirst().orElseThrow();
            assertTrue(fallback.get("detail").asText().endsWith("falling back to EMAIL"), fallback.toString());
            assertTrue(Notices.statuses(notice.noticeId(), "FAILED").isEmpty(), "nobody is told FAILED");
            delivery(notice.noticeId())
                    .body("status", equalTo("DELIVERED"))
                    .body("attempts.channel", contains("WEBHOOK", "WEBHOOK", "WEBHOOK", "EMAIL"))
                    .body("attempts.outcome", contains("RETRYING", "RETRYING", "RETRYING", "DELIVERED"));
        } finally {
            given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                    .body(Map.of("url", receiver.url(), "secret", receiver.secret()))
                    .when().put("/api/v1/platforms/tiktok/endpoint").then().statusCode(200);
            clearEmails();
        }
    }

    @Test
    void thePlatformsOwnMaxTotalEndsTheRound() {
        Map<String, Object> impatient = Settings.defaults("tiktok");
        impatient.put("retry", Map.of("initialDelay", "PT0.1S", "maxDelay", "PT1S", "maxTotal", "PT1S"));
        Settings.apply("tiktok", impatient);
        NoticeRequested notice = Notices.notice("tiktok");
        // Retry-After makes the wait exactly 1 s, so the next attempt would fall past the round's 1 s.
        receiver.script(notice.noticeId(), WebhookReceiver.Answer.retryAfter(429, "1"));
        Notices.publish(notice);

        JsonNode failed = Notices.tree(Notices.awaitStatus(notice.noticeId(), "FAILED").data());
        assertTrue(failed.get("detail").asText().startsWith("gave up after 1 attempts"), failed.toString());
        delivery(notice.noticeId()).body("status", equalTo("DEAD")).body("attemptCount", equalTo(1));
    }

    /** Other tests expect tiktok to have no email channel. */
    private static void clearEmails() throws Exception {
        var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        try (var db = java.sql.DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
                var update = db.prepareStatement("update platform set email_addresses = null where id = 'tiktok'")) {
            update.executeUpdate();
        }
    }
}
