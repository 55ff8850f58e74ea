package id.pantau.notification.service;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.pantau.events.NoticeRequested;
import id.pantau.notification.Notices;
import id.pantau.notification.Tokens;
import id.pantau.notification.WebhookReceiver;
import id.pantau.notification.domain.SignatureVerifier;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * POST /api/v1/platforms/{platform}/secret: a platform rotates its own secret; during the overlap every
 * request carries two v1 signatures, so a receiver that knows only the old secret and one that knows
 * only the new one both accept it. Platform meta, on a receiver of its own.
 */
@QuarkusTest
class SecretRotationTest {

    private static final String PROBLEM = "application/problem+json";

    private WebhookReceiver receiver;
    private String oldSecret;

    @BeforeEach
    void metaListensOnItsOwnReceiver() {
        receiver = WebhookReceiver.start();
        oldSecret = receiver.secret();
        given().auth().oauth2(Tokens.platform("meta")).contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(), "secret", oldSecret))
                .when().put("/api/v1/platforms/meta/endpoint").then().statusCode(200);
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop();
    }

    private static Response rotate(String token, String platform, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/platforms/{platform}/secret", platform);
    }

    private WebhookReceiver.Call deliver() {
        NoticeRequested notice = Notices.notice("meta");
        Notices.publish(notice);
        await().atMost(Notices.WAIT).until(() -> !receiver.callsFor(notice.noticeId()).isEmpty());
        return receiver.callsFor(notice.noticeId()).getFirst();
    }

    @Test
    void duringTheOverlapReceiversWithEitherSecretAccept() {
        String newSecret = "meta-new-secret-" + UUID.randomUUID();
        rotate(Tokens.platform("meta"), "meta", Map.of("secret", newSecret, "overlap", "PT1H"))
                .then().statusCode(200)
                .body("secretConfigured", equalTo(true))
                .body("previousSecretValidUntil", notNullValue())
                .body("secret", nullValue());

        receiver.acceptOnly(oldSecret);
        WebhookReceiver.Call withOld = deliver();
        assertTrue(withOld.signatureValid(), "a receiver with only the old secret accepts: " + withOld.signature());
        assertEquals(200, withOld.answered());

        receiver.acceptOnly(newSecret);
        WebhookReceiver.Call withNew = deliver();
        assertTrue(withNew.signatureValid(), "a receiver with only the new secret accepts: " + withNew.signature());
        assertTrue(withNew.signature().matches("t=\\d+,v1=[0-9a-f]{64},v1=[0-9a-f]{64}"), withNew.signature());
        // the new secret's signature comes first, and each one verifies on its own
        String[] parts = withNew.signature().split(",");
        assertTrue(new SignatureVerifier(newSecret).verify(parts[0] + "," + parts[1], withNew.body()));
        assertTrue(new SignatureVerifier(oldSecret).verify(parts[0] + "," + parts[2], withNew.body()));
        assertFalse(new SignatureVerifier("some-other-secret-123").verify(withNew.signature(), withNew.body()));
    }

    @Test
    void withoutOverlapTheOldSecretStopsAtOnce() {
        String newSecret = "meta-new-secret-" + UUID.randomUUID();
        rotate(Tokens.admin(), "meta", Map.of("secret", newSecret, "overlap", "PT0S"))
                .then().statusCode(200).body("previousSecretValidUntil", nullValue());

        receiver.acceptOnly(oldSecret);
        NoticeRequested notice = Notices.notice("meta");
        Notices.publish(notice);
        Notices.awaitStatus(notice.noticeId(), "FAILED"); // 401 from a receiver that was not told
        WebhookReceiver.Call refused = receiver.callsFor(notice.noticeId()).getFirst();
        assertEquals(401, refused.answered());
        assertTrue(refused.signature().matches("t=\\d+,v1=[0-9a-f]{64}"), refused.signature());
        assertTrue(new SignatureVerifier(newSecret).verify(refused.signature(), refused.body()));
    }

    @Test
    void theDefaultOverlapIsADay() {
        Instant before = Instant.now();
        String until = rotate(Tokens.platform("meta"), "meta", Map.of("secret", "meta-new-secret-" + UUID.randomUUID()))
                .then().statusCode(200).extract().path("previousSecretValidUntil");
        long hours = java.time.Duration.between(before, Instant.parse(until)).toHours();
        assertTrue(hours >= 23 && hours <= 24, until);
    }

    @Test
    void onlyTheAdminOrThePlatformItselfMayRotate() {
        Map<String, String> body = Map.of("secret", "meta-evil-secret-" + UUID.randomUUID());
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/platforms/meta/secret")
                .then().statusCode(401);
        for (String token : List.of(Tokens.platform("tiktok"), Tokens.supervisor(), Tokens.auditor(), Tokens.analyst())) {
            rotate(token, "meta", body).then().statusCode(403);
        }
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/platforms/meta")
                .then().body("previousSecretValidUntil", nullValue());
        receiver.acceptOnly(oldSecret);
        assertTrue(deliver().signatureValid(), "the registered secret still signs alone");
    }

    @Test
    void badRotationsAreRefusedAndChangeNothing() {
        List<Map<String, Object>> bad = List.of(
                body("short", "PT1H"),
                body("x".repeat(257), "PT1H"),
                body(null, "PT1H"),
                body("meta-new-secret-0123456789", "P8D"),
                body("meta-new-secret-0123456789", "-PT1H"),
                body("meta-new-secret-0123456789", "tomorrow"));
        for (Map<String, Object> b : bad) {
            rotate(Tokens.platform("meta"), "meta", b).then().statusCode(400).contentType(PROBLEM);
        }
        given().auth().oauth2(Tokens.platform("meta")).contentType(ContentType.JSON)
                .when().post("/api/v1/platforms/meta/secret").then().statusCode(400).contentType(PROBLEM);
        rotate(Tokens.admin(), "friendster", body("meta-new-secret-0123456789", "PT1H")).then().statusCode(404);
        // x never registers a webhook in these tests: nothing to rotate
        rotate(Tokens.admin(), "x", body("x-new-secret-0123456789", "PT1H")).then().statusCode(409).contentType(PROBLEM);

        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/platforms/meta")
                .then().body("previousSecretValidUntil", nullValue());
        receiver.acceptOnly(oldSecret);
        WebhookReceiver.Call call = deliver();
        assertTrue(call.signatureValid());
        assertTrue(call.signature().matches("t=\\d+,v1=[0-9a-f]{64}"), call.signature());
    }

    private static Map<String, Object> body(String secret, String overlap) {
        Map<String, Object> body = new HashMap<>();
        body.put("secret", secret);
        body.put("overlap", overlap);
        return body;
    }
}
