package id.pantau.notification.service;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.pantau.events.NoticeRequested;
import id.pantau.notification.Notices;
import id.pantau.notification.Tokens;
import id.pantau.notification.WebhookReceiver;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Leases, as a crash leaves them: an expired lease is taken over and delivered, a live one (another
 * replica is sending right now) is left alone. Rows are written straight into the table, as a
 * crashed or concurrent worker (or a long backoff) would have left them.
 */
@QuarkusTest
class DeliveryScheduleTest {

    private final WebhookReceiver receiver = WebhookReceiver.shared();

    @Test
    void anExpiredLeaseIsTakenOverAndALiveOneIsLeftAlone() throws SQLException {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(), "secret", receiver.secret()))
                .when().put("/api/v1/platforms/shopee/endpoint").then().statusCode(200);
        Instant now = Instant.now();
        NoticeRequested crashed = Notices.notice("shopee");
        NoticeRequested inFlight = Notices.notice("shopee");
        Instant due = now.minusSeconds(120);
        insert(crashed, "PENDING", due, now.minus(Duration.ofMinutes(1)));
        insert(inFlight, "RETRYING", due, now.plus(Duration.ofHours(1)));

        Notices.awaitStatus(crashed.noticeId(), "DELIVERED");
        assertEquals(1, receiver.callsFor(crashed.noticeId()).size());
        assertTrue(receiver.callsFor(crashed.noticeId()).getFirst().signatureValid());

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> receiver.callsFor(inFlight.noticeId()).isEmpty());
    }

    @Test
    void registeringAnEndpointReleasesTheRetriesThatWaitedForIt() throws SQLException {
        NoticeRequested waiting = Notices.notice("tokopedia");
        insert(waiting, "RETRYING", Instant.now().plus(Duration.ofHours(1)), null);

        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(), "secret", receiver.secret()))
                .when().put("/api/v1/platforms/tokopedia/endpoint").then().statusCode(200);

        Notices.awaitStatus(waiting.noticeId(), "DELIVERED");
        assertTrue(receiver.callsFor(waiting.noticeId()).getFirst().signatureValid());
    }

    private static void insert(NoticeRequested notice, String status, Instant nextAttemptAt, Instant leaseUntil)
            throws SQLException {
        var config = ConfigProvider.getConfig();
        try (Connection db = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
                var insert = db.prepareStatement("""
                        insert into delivery (id, notice_id, case_id, platform, payload, status, attempts, attempts_in_round,
                                              next_attempt_at, lease_until, lease_token, created_at, updated_at, version)
                        values (?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?, ?, ?, 0)""")) {
            Timestamp past = Timestamp.from(Instant.now().minusSeconds(120));
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, notice.noticeId());
            insert.setObject(3, notice.caseId());
            insert.setString(4, notice.platform());
            insert.setString(5, Notices.json(notice));
            insert.setString(6, status);
            insert.setTimestamp(7, Timestamp.from(nextAttemptAt));
            insert.setTimestamp(8, leaseUntil == null ? null : Timestamp.from(leaseUntil));
            insert.setObject(9, leaseUntil == null ? null : UUID.randomUUID());
            insert.setTimestamp(10, past);
            insert.setTimestamp(11, past);
            insert.executeUpdate();
        }
    }
}
