package id.pantau.notification.service;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.pantau.events.NoticeRequested;
import id.pantau.notification.Notices;
import id.pantau.notification.TestCertificates;
import id.pantau.notification.Tokens;
import id.pantau.notification.WebhookReceiver;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * HTTPS to a real TLS receiver (JDK HttpsServer, self-signed certificates made for the run). Pantau
 * connects to the address its SSRF guard checked, not to a fresh lookup; these tests show that this
 * pinning does not skip the check that the certificate names the URL's host.
 * <p>
 * Pantau trusts both test certificates, so a refusal can only come from the host name. Only this
 * profile lets the guard pass loopback, and only over https (plain http is off, as in production).
 */
@QuarkusTest
@TestProfile(HttpsDeliveryTest.TrustingTheTestCertificates.class)
class HttpsDeliveryTest {

    static final String ELSEWHERE = "platform.elsewhere.example";

    public static class TrustingTheTestCertificates implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "pantau.webhook.trust-certificates",
                    TestCertificates.certificate("localhost") + "," + TestCertificates.certificate(ELSEWHERE),
                    "pantau.webhook.allow-http", "false",
                    "pantau.webhook.allowed-networks", "127.0.0.0/8");
        }
    }

    private WebhookReceiver receiver;

    @AfterEach
    void stopReceiver() {
        if (receiver != null) {
            receiver.stop();
        }
    }

    @Test
    void deliversOverHttpsWhenTheCertificateNamesTheHost() {
        receiver = WebhookReceiver.startHttps(TestCertificates.serverContext("localhost"));
        assertTrue(receiver.url().startsWith("https://localhost:"), receiver.url());
        register("tokopedia", receiver.url(), receiver.secret());
        NoticeRequested notice = Notices.notice("tokopedia");

        Notices.publish(notice);

        await().atMost(Notices.WAIT).until(() -> receiver.callsFor(notice.noticeId()).size() == 1);
        WebhookReceiver.Call call = receiver.callsFor(notice.noticeId()).getFirst();
        assertTrue(call.signatureValid(), call.signature());
        assertEquals(notice.noticeId().toString(), call.idempotencyKey());
        Notices.awaitStatus(notice.noticeId(), "DELIVERED");
        delivery(notice.noticeId())
                .body("status", equalTo("DELIVERED"))
                .body("attempts.size()", equalTo(1))
                .body("attempts[0].httpStatus", equalTo(200))
                .body("attempts[0].error", nullValue());
    }

    @Test
    void sendsNothingWhenTheCertificateNamesAnotherHost() {
        // A certificate Pantau trusts, presented at https://localhost: valid, but not for this host.
        receiver = WebhookReceiver.startHttps(TestCertificates.serverContext(ELSEWHERE));
        register("x", receiver.url(), receiver.secret());
        NoticeRequested notice = Notices.notice("x");

        Notices.publish(notice);

        Notices.awaitStatus(notice.noticeId(), "FAILED");
        String error = delivery(notice.noticeId())
                .body("status", equalTo("DEAD"))
                .body("attempts.size()", equalTo(3))
                .body("attempts.httpStatus", everyItem(nullValue()))
                .body("attempts[0].error", containsString("SSLHandshakeException"))
                .extract().path("attempts[0].error");
        System.out.println("HTTPS host name mismatch recorded as: " + error);
        assertTrue(error.contains("No subject alternative DNS name matching localhost"),
                "the host name check refused it, not trust: " + error);
        assertEquals(0, receiver.calls().size(), "no request reached the receiver");
    }

    private static void register(String platform, String url, String secret) {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("url", url, "secret", secret))
                .when().put("/api/v1/platforms/{platform}/endpoint", platform).then().statusCode(200);
    }

    private static ValidatableResponse delivery(UUID noticeId) {
        return given().auth().oauth2(Tokens.auditor()).queryParam("noticeId", noticeId.toString())
                .when().get("/api/v1/deliveries").then().statusCode(200).contentType(ContentType.JSON);
    }
}
