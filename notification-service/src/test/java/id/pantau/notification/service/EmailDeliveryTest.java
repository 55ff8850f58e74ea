package id.pantau.notification.service;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.pantau.events.NoticeRequested;
import id.pantau.local.KafkaEvents;
import id.pantau.notification.MailServer;
import id.pantau.notification.Notices;
import id.pantau.notification.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A platform with email addresses and no webhook (youtube here) gets the notice by SMTP, through a
 * real SMTP server (GreenMail), with the bilingual texts in HTML and plain text.
 */
@QuarkusTest
class EmailDeliveryTest {

    private String address;

    @BeforeEach
    void youtubeTakesEmailOnly() throws SQLException {
        // Other tests register a youtube webhook; with one, WEBHOOK would be preferred.
        var config = ConfigProvider.getConfig();
        try (Connection db = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
                var update = db.prepareStatement("update platform set webhook_url = null, webhook_secret = null where id = 'youtube'")) {
            update.executeUpdate();
        }
        address = "takedown+" + UUID.randomUUID() + "@youtube.example";
        given().auth().oauth2(Tokens.platform("youtube")).contentType(ContentType.JSON)
                .body(Map.of("addresses", List.of(address, "legal@youtube.example")))
                .when().put("/api/v1/platforms/youtube/email").then().statusCode(200)
                .body("channels", contains("EMAIL"));
    }

    @Test
    void anUnreachableMailServerIsRetriedThenGivenUpAndASupervisorResends() throws MessagingException {
        NoticeRequested notice = Notices.notice("youtube");
        MailServer.stopForNow();
        try {
            Notices.publish(notice);
            JsonNode retrying = Notices.tree(Notices.awaitStatus(notice.noticeId(), "RETRYING").data());
            assertEquals("EMAIL", retrying.get("channel").asText());
            assertTrue(retrying.get("detail").asText().startsWith("SMTP"), retrying.toString());
            JsonNode failed = Notices.tree(Notices.awaitStatus(notice.noticeId(), "FAILED").data());
            assertTrue(failed.get("detail").asText().startsWith("gave up after 3 attempts"), failed.toString());
        } finally {
            MailServer.restart();
        }
        String id = given().auth().oauth2(Tokens.auditor()).queryParam("noticeId", notice.noticeId().toString())
                .when().get("/api/v1/deliveries").then().statusCode(200)
                .body("status", equalTo("DEAD"))
                .body("attempts.channel", everyItem(equalTo("EMAIL")))
                .extract().path("id");
        given().auth().oauth2(Tokens.supervisor()).when().post("/api/v1/deliveries/{id}/resend", id)
                .then().statusCode(200);

        Notices.awaitStatus(notice.noticeId(), "DELIVERED");
        await().atMost(Notices.WAIT).until(() -> !MailServer.to(address).isEmpty());
        assertTrue(MailServer.to(address).getFirst().getSubject().contains(notice.noticeId().toString()));
    }

    private static String eventId(MimeMessage message) {
        try {
            return message.getHeader("Pantau-Event-Id")[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aNoticeGoesOutByEmailInBothLanguages() throws Exception {
        NoticeRequested notice = Notices.notice("youtube");
        Notices.publish(notice);

        await().atMost(Notices.WAIT).until(() -> !MailServer.to(address).isEmpty());
        MimeMessage mail = MailServer.to(address).getFirst();
        assertTrue(mail.getSubject().contains(notice.noticeId().toString()), mail.getSubject());
        assertEquals(notice.noticeId().toString(), mail.getHeader("Idempotency-Key")[0]);
        assertNotNull(mail.getHeader("Pantau-Event-Id"));
        String text = MailServer.part(mail, "text/plain");
        String html = MailServer.part(mail, "text/html");
        assertNotNull(text, "a plain-text part");
        assertNotNull(html, "an HTML part");
        for (String body : List.of(text, html)) {
            for (String expected : List.of(notice.url(), notice.externalId(), notice.evidenceDigest(),
                    notice.responseUrl(), notice.legalBasis(), notice.issuingAuthority())) {
                assertTrue(body.contains(expected), "missing " + expected + " in\n" + body);
            }
        }
        assertTrue(text.contains("PEMBERITAHUAN PENURUNAN KONTEN") && text.contains("CONTENT TAKEDOWN NOTICE"), text);
        assertTrue(html.contains("lang=\"id\"") && html.contains("lang=\"en\""), html);
        assertTrue(html.contains("Dasar hukum") && html.contains("Legal basis"), html);

        KafkaEvents.Event event = Notices.awaitStatus(notice.noticeId(), "DELIVERED");
        JsonNode data = Notices.tree(event.data());
        assertEquals("EMAIL", data.get("channel").asText());
        assertTrue(data.get("httpStatus").isNull(), data.toString());
        assertEquals(1, data.get("attempt").asInt());

        given().auth().oauth2(Tokens.auditor()).queryParam("noticeId", notice.noticeId().toString())
                .when().get("/api/v1/deliveries").then().statusCode(200)
                .body("status", equalTo("DELIVERED"))
                .body("attempts.size()", equalTo(1))
                .body("attempts[0].channel", equalTo("EMAIL"))
                .body("attempts[0].httpStatus", nullValue())
                .body("attempts[0].error", nullValue());
        // One message (GreenMail keeps a copy per recipient), not one per poll.
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> MailServer.to(address).stream().map(EmailDeliveryTest::eventId).distinct().count() == 1);
    }
}
