package id.pantau.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Steps 1-5 of the first flow across all four services, with real tokens: content in, classified,
 * a case opened, proposed and approved, the notice delivered to a signed webhook, and the platform
 * acknowledging and acting on it through its own API.
 */
class TakedownFlowTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String PROMOTING_TEXT =
            "Bongkar bal impor Korea hari ini! Thrifting murah mulai 10rb, jaket dan hoodie branded #thrifting";

    private static final Suite suite = Suite.get();
    private static WebhookReceiver tiktokWebhook;
    private static WebhookReceiver metaWebhook;

    @BeforeAll
    static void startSuiteAndRegisterWebhooks() throws Exception {
        tiktokWebhook = new WebhookReceiver("tiktok-webhook-secret-0123456789");
        metaWebhook = new WebhookReceiver("meta-webhook-secret-0123456789");
        // A platform registers its own endpoint; the ministry's admin may register any platform's.
        registerEndpoint("tiktok", "tiktok", tiktokWebhook, "tiktok-webhook-secret-0123456789");
        registerEndpoint("meta", "admin1", metaWebhook, "meta-webhook-secret-0123456789");
    }

    @AfterAll
    static void stopReceivers() {
        tiktokWebhook.close();
        metaWebhook.close();
    }

    @Test
    void promotingContentEndsActionedByThePlatform() {
        String externalId = "73" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
        String url = "https://www.tiktok.com/@tokothrift/video/" + externalId;

        // 1. ingestion accepts the content once; the same content again is a duplicate with the same id
        String contentId = submit("tiktok", "tiktok", externalId, url).then().statusCode(202)
                .extract().path("id");
        submit("tiktok", "tiktok", externalId, url).then().statusCode(200).body("id", equalTo(contentId));

        // 2-3. classified as a violation, a case is opened with the content's identity
        String caseId = awaitCase(externalId);
        given().auth().oauth2(suite.token("analyst1")).get(suite.cases() + "/api/v1/cases/" + caseId)
                .then().statusCode(200)
                .body("state", equalTo("OPEN"))
                .body("platform", equalTo("tiktok"))
                .body("externalId", equalTo(externalId))
                .body("url", equalTo(url));

        transition(caseId, "propose", "analyst1", Map.of("legalBasis", "Permendag 18/2021 jo. Permendag 40/2022",
                "reason", "Promotes buying imported second-hand clothing (bale opening)."), "PROPOSED");
        transition(caseId, "approve", "reviewer1", Map.of(), "APPROVED");

        // 4. the notice reaches the platform's webhook, signed, and the case records it as sent
        WebhookReceiver.Delivery delivery = awaitDelivery(tiktokWebhook, externalId);
        assertTrue(delivery.signatureValid(), "webhook signature must verify with the registered secret");
        JsonPath notice = JsonPath.from(delivery.body());
        assertEquals(url, notice.getString("url"));
        assertEquals("tiktok", notice.getString("platform"));
        String noticeId = notice.getString("noticeId");
        assertEquals(noticeId, delivery.idempotencyKey());
        awaitState(caseId, "NOTICE_SENT");

        // 5. the platform works the notice through its own API; another platform cannot see it
        given().auth().oauth2(suite.token("tiktok")).get(suite.cases() + "/api/v1/platform/notices")
                .then().statusCode(200)
                .body("id", hasItem(noticeId))
                .body("find { it.id == '" + noticeId + "' }.externalId", equalTo(externalId))
                .body("find { it.id == '" + noticeId + "' }.url", equalTo(url));
        given().auth().oauth2(suite.token("tiktok")).get(suite.cases() + "/api/v1/platform/notices/" + noticeId)
                .then().statusCode(200).body("externalId", equalTo(externalId));
        given().auth().oauth2(suite.token("meta")).get(suite.cases() + "/api/v1/platform/notices/" + noticeId)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(suite.token("meta")).get(suite.cases() + "/api/v1/platform/notices")
                .then().statusCode(200).body("id", not(hasItem(noticeId)));
        given().auth().oauth2(suite.token("meta")).post(suite.cases() + "/api/v1/platform/notices/" + noticeId + "/acknowledge")
                .then().statusCode(404);

        given().auth().oauth2(suite.token("tiktok"))
                .post(suite.cases() + "/api/v1/platform/notices/" + noticeId + "/acknowledge")
                .then().statusCode(200);
        awaitState(caseId, "ACKNOWLEDGED");
        given().auth().oauth2(suite.token("tiktok")).contentType(ContentType.JSON)
                .body(Map.of("action", "REMOVED", "reference", "TT-REMOVAL-" + externalId))
                .post(suite.cases() + "/api/v1/platform/notices/" + noticeId + "/action")
                .then().statusCode(200);
        awaitState(caseId, "ACTIONED");

        // every step is in the audit trail with the actor from the token
        List<String> actors = given().auth().oauth2(suite.token("auditor1")).get(suite.cases() + "/api/v1/cases/" + caseId)
                .then().statusCode(200).extract().path("audit.actor");
        assertTrue(actors.containsAll(List.of("analyst1", "reviewer1", "service-account-tiktok")), "audit actors: " + actors);
    }

    @Test
    void aPlatformThatFailsIsRetriedUntilItAccepts() {
        String externalId = "mf" + UUID.randomUUID().toString().substring(0, 12);
        String url = "https://www.facebook.com/reel/" + externalId;
        metaWebhook.answerNextWith(503);

        submit("crawler", "meta", externalId, url).then().statusCode(202);
        String caseId = awaitCase(externalId);
        transition(caseId, "propose", "analyst1", Map.of("legalBasis", "UU 7/2014 Pasal 47 ayat (1)",
                "reason", "Sells imported used clothing."), "PROPOSED");
        transition(caseId, "approve", "reviewer1", Map.of(), "APPROVED");

        awaitState(caseId, "NOTICE_SENT");
        List<WebhookReceiver.Delivery> attempts = metaWebhook.deliveries().stream()
                .filter(d -> d.body().contains(externalId)).toList();
        assertEquals(List.of(503, 200), attempts.stream().map(WebhookReceiver.Delivery::answeredWith).toList());
        assertEquals(attempts.get(0).idempotencyKey(), attempts.get(1).idempotencyKey(),
                "a retry carries the same idempotency key");
    }

    static io.restassured.response.Response submit(String who, String platform, String externalId, String url) {
        return given().auth().oauth2(suite.token(who)).contentType(ContentType.JSON)
                .body(Map.of("platform", platform, "externalId", externalId, "url", url,
                        "authorId", "6789" + externalId, "authorHandle", "tokothrift",
                        "text", PROMOTING_TEXT, "postedAt", "2026-11-28T09:00:00Z"))
                .post(suite.ingestion() + "/api/v1/content");
    }

    static String awaitCase(String externalId) {
        return await().atMost(PATIENCE).until(() -> findCase(externalId), Optional::isPresent).orElseThrow();
    }

    private static Optional<String> findCase(String externalId) {
        List<Map<String, Object>> cases = given().auth().oauth2(suite.token("analyst1"))
                .queryParam("state", "OPEN").queryParam("q", externalId).get(suite.cases() + "/api/v1/cases")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return cases.stream().filter(c -> externalId.equals(c.get("externalId")))
                .map(c -> (String) c.get("id")).findFirst();
    }

    private static void transition(String caseId, String command, String who, Map<String, String> body, String expected) {
        given().auth().oauth2(suite.token(who)).contentType(ContentType.JSON).body(body)
                .post(suite.cases() + "/api/v1/cases/" + caseId + "/" + command)
                .then().statusCode(200).body("state", equalTo(expected));
    }

    private static void awaitState(String caseId, String state) {
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(suite.token("analyst1"))
                .get(suite.cases() + "/api/v1/cases/" + caseId).then().statusCode(200).body("state", equalTo(state)));
    }

    private static WebhookReceiver.Delivery awaitDelivery(WebhookReceiver receiver, String externalId) {
        return await().atMost(PATIENCE).until(() -> receiver.deliveries().stream()
                .filter(d -> d.body().contains(externalId) && d.answeredWith() == 200).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    private static void registerEndpoint(String platform, String who, WebhookReceiver receiver, String secret) {
        given().auth().oauth2(suite.token(who)).contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(), "secret", secret))
                .put(suite.notification() + "/api/v1/platforms/" + platform + "/endpoint")
                .then().statusCode(200);
    }
}
