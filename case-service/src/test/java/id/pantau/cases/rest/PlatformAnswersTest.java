package id.pantau.cases.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.pantau.cases.support.CaseFixtures;
import id.pantau.cases.support.Tokens;
import id.pantau.local.MovableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Contest with reason codes, action with its time, appeals, and Idempotency-Key on every platform write. */
@QuarkusTest
class PlatformAnswersTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String NOTICES = "/api/v1/platform/notices/";

    @Inject
    CaseFixtures fixtures;

    @Inject
    MovableClock clock;

    @ParameterizedTest
    @CsvSource({"NOT_ILLEGAL,REJECT", "INSUFFICIENT_INFORMATION,REQUEST_CLARIFICATION", "CONTENT_NOT_FOUND,REJECT",
            "ALREADY_REMOVED,REJECT", "OTHER,REJECT"})
    void aContestCarriesItsReasonCode(String code, String command) {
        var delivered = fixtures.deliveredCase("tiktok");
        given().auth().oauth2(Tokens.platform("tiktok")).contentType(ContentType.JSON)
                .body(Map.of("reasonCode", code, "reason", "Our reviewers looked at it"))
                .post(NOTICES + delivered.noticeId() + "/contest")
                .then().statusCode(200).body("state", equalTo("CONTESTED")).body("contestCode", equalTo(code));
        JsonPath detail = fixtures.detail(delivered.caseId());
        assertEquals(command, detail.getString("audit[4].action"));
        assertEquals(code + ": Our reviewers looked at it", detail.getString("audit[4].reason"));
        assertTrue(detail.getBoolean("auditChainIntact"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"reasonCode\":\"BORING\",\"reason\":\"x\"}", "{\"reason\":\"x\"}",
            "{\"reasonCode\":\"OTHER\"}", "{\"reasonCode\":\"OTHER\",\"reason\":\"  \"}", "[]"})
    void aBadContestIs400AndChangesNothing(String body) {
        var delivered = fixtures.deliveredCase("tiktok");
        given().auth().oauth2(Tokens.platform("tiktok")).contentType(ContentType.JSON).body(body)
                .post(NOTICES + delivered.noticeId() + "/contest")
                .then().statusCode(400).contentType(PROBLEM);
        assertEquals("NOTICE_SENT", fixtures.detail(delivered.caseId()).getString("state"));
    }

    @Test
    void anActionCarriesTheTimeThePlatformActed() {
        var delivered = fixtures.deliveredCase("tiktok");
        clock.advance(Duration.ofMinutes(30));
        Instant issued = Instant.parse(fixtures.detail(delivered.caseId()).getString("notice.createdAt"));
        Instant actedAt = issued.plus(Duration.ofMinutes(10));
        given().auth().oauth2(Tokens.platform("tiktok")).contentType(ContentType.JSON)
                .body(Map.of("action", "GEO_BLOCKED", "reference", "TT-GB-1", "actedAt", actedAt.toString()))
                .post(NOTICES + delivered.noticeId() + "/action")
                .then().statusCode(200).body("state", equalTo("ACTIONED"))
                .body("actionTaken", equalTo("GEO_BLOCKED"))
                .body("platformReference", equalTo("TT-GB-1"))
                .body("actionedAt", equalTo(actedAt.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tomorrow", "2100-01-01T00:00:00Z", "2000-01-01T00:00:00Z"})
    void anActionTimeInTheFutureBeforeTheNoticeOrMalformedIs400(String actedAt) {
        var delivered = fixtures.deliveredCase("tiktok");
        given().auth().oauth2(Tokens.platform("tiktok")).contentType(ContentType.JSON)
                .body(Map.of("action", "REMOVED", "reference", "TT-1", "actedAt", actedAt))
                .post(NOTICES + delivered.noticeId() + "/action")
                .then().statusCode(400).contentType(PROBLEM);
        assertEquals("NOTICE_SENT", fixtures.detail(delivered.caseId()).getString("state"));
    }

    @Test
    void anAppealIsRecordedAfterAnActionAndMovesNoState() {
        var delivered = fixtures.deliveredCase("tiktok");
        Map<String, String> appeal = Map.of("reference", "TT-APPEAL-7", "text", "These are new clothes from a local maker");
        given().auth().oauth2(Tokens.platform("tiktok")).contentType(ContentType.JSON).body(appeal)
                .post(NOTICES + delivered.noticeId() + "/appeal")
                .then().statusCode(409).contentType(PROBLEM);
        given().auth().oauth2(Tokens.platform("tiktok")).contentType(ContentType.JSON)
                .body(Map.of("action", "REMOVED", "reference", "TT-1"))
                .post(NOTICES + delivered.noticeId() + "/action").then().statusCode(200);
        given().auth().oauth2(Tokens.platform("tiktok")).contentType(ContentType.JSON).body(appeal)
                .post(NOTICES + delivered.noticeId() + "/appeal")
                .then().statusCode(200).body("state", equalTo("ACTIONED"));
        JsonPath detail = fixtures.detail(delivered.caseId());
        assertEquals("ACTIONED", detail.getString("state"));
        assertEquals("APPEAL_REPORTED", detail.getString("audit[5].action"));
        assertEquals("ACTIONED", detail.getString("audit[5].fromState"));
        assertEquals("ACTIONED", detail.getString("audit[5].toState"));
        assertTrue(detail.getString("audit[5].reason").contains("TT-APPEAL-7"));
        assertTrue(detail.getBoolean("auditChainIntact"));
        given().auth().oauth2(Tokens.platform("tiktok")).contentType(ContentType.JSON).body(Map.of("reference", "x"))
                .post(NOTICES + delivered.noticeId() + "/appeal")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void aRetriedWriteGetsTheFirstAnswerAndChangesNothingTwice() {
        var delivered = fixtures.deliveredCase("tiktok");
        String key = UUID.randomUUID().toString();
        Response first = acknowledge(delivered.noticeId(), key);
        Response retry = acknowledge(delivered.noticeId(), key);
        assertEquals(200, first.statusCode());
        assertEquals(200, retry.statusCode());
        assertEquals(first.asString(), retry.asString());
        assertEquals("true", retry.header("Idempotent-Replayed"));
        JsonPath detail = fixtures.detail(delivered.caseId());
        assertEquals(1, detail.getList("audit.findAll { it.action == 'ACKNOWLEDGE' }").size());
        // Without the key the same request is a second acknowledgement, which the lifecycle refuses.
        given().auth().oauth2(Tokens.platform("tiktok")).post(NOTICES + delivered.noticeId() + "/acknowledge")
                .then().statusCode(409);

        String actionKey = UUID.randomUUID().toString();
        Map<String, String> removed = Map.of("action", "REMOVED", "reference", "TT-9");
        String answer = action(delivered.noticeId(), actionKey, removed).then().statusCode(200).extract().asString();
        assertEquals(answer, action(delivered.noticeId(), actionKey, removed).then().statusCode(200).extract().asString());
        action(delivered.noticeId(), actionKey, Map.of("action", "GEO_BLOCKED", "reference", "TT-9"))
                .then().statusCode(422).contentType(PROBLEM).body("detail", containsString(actionKey));
        JsonPath after = fixtures.detail(delivered.caseId());
        assertEquals(1, after.getList("audit.findAll { it.action == 'REPORT_ACTION' }").size());
        assertEquals("REMOVED", after.getString("actionTaken"));
    }

    @Test
    void keysBelongToOnePlatform() {
        var tiktok = fixtures.deliveredCase("tiktok");
        var meta = fixtures.deliveredCase("meta");
        String key = UUID.randomUUID().toString();
        given().auth().oauth2(Tokens.platform("tiktok")).header("Idempotency-Key", key)
                .post(NOTICES + tiktok.noticeId() + "/acknowledge").then().statusCode(200).header("Idempotent-Replayed", nullValue());
        given().auth().oauth2(Tokens.platform("meta")).header("Idempotency-Key", key)
                .post(NOTICES + meta.noticeId() + "/acknowledge").then().statusCode(200).header("Idempotent-Replayed", nullValue());
        assertEquals("ACKNOWLEDGED", fixtures.detail(meta.caseId()).getString("state"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"with space", "tab\there"})
    void aMalformedKeyIs400AndChangesNothing(String key) {
        var delivered = fixtures.deliveredCase("tiktok");
        given().auth().oauth2(Tokens.platform("tiktok")).header("Idempotency-Key", key)
                .post(NOTICES + delivered.noticeId() + "/acknowledge").then().statusCode(400).contentType(PROBLEM);
        assertEquals("NOTICE_SENT", fixtures.detail(delivered.caseId()).getString("state"));
    }

    @Test
    void aTooLongKeyIs400() {
        var delivered = fixtures.deliveredCase("tiktok");
        given().auth().oauth2(Tokens.platform("tiktok")).header("Idempotency-Key", "k".repeat(256))
                .post(NOTICES + delivered.noticeId() + "/acknowledge").then().statusCode(400).contentType(PROBLEM);
    }

    /**
     * Another platform's notice does not exist for you: every operation on one notice, taken from the
     * published API so that a new one cannot be forgotten here, answers exactly as for an id nobody issued.
     */
    @Test
    void anotherPlatformsNoticeIs404OnEveryPlatformEndpoint() {
        var delivered = fixtures.deliveredCase("tiktok");
        Map<String, Object> bodies = new HashMap<>();
        bodies.put("GET " + NOTICES + "{id}", null);
        bodies.put("POST " + NOTICES + "{id}/acknowledge", null);
        bodies.put("POST " + NOTICES + "{id}/action", Map.of("action", "REMOVED", "reference", "x"));
        bodies.put("POST " + NOTICES + "{id}/contest", Map.of("reasonCode", "OTHER", "reason", "x"));
        bodies.put("POST " + NOTICES + "{id}/reject", Map.of("reason", "x"));
        bodies.put("POST " + NOTICES + "{id}/clarification-request", Map.of("reason", "x"));
        bodies.put("POST " + NOTICES + "{id}/appeal", Map.of("text", "x"));
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        List<String> operations = paths.entrySet().stream()
                .filter(path -> path.getKey().startsWith(NOTICES + "{id}"))
                .flatMap(path -> path.getValue().keySet().stream()
                        .filter(method -> List.of("get", "post", "put", "patch", "delete").contains(method))
                        .map(method -> method.toUpperCase() + " " + path.getKey()))
                .sorted().toList();
        assertEquals(new TreeSet<>(bodies.keySet()), new TreeSet<>(operations), "a sample request for every operation");

        String nobodys = UUID.randomUUID().toString();
        for (String operation : operations) {
            String method = operation.substring(0, operation.indexOf(' '));
            String template = operation.substring(operation.indexOf(' ') + 1);
            Response foreign = asMeta(bodies.get(operation)).request(method, template.replace("{id}", delivered.noticeId()));
            Response unknown = asMeta(bodies.get(operation)).request(method, template.replace("{id}", nobodys));
            assertEquals(404, foreign.statusCode(), operation);
            assertTrue(foreign.contentType().startsWith(PROBLEM), operation + ": " + foreign.contentType());
            assertEquals(unknown.jsonPath().getString("detail").replace(nobodys, delivered.noticeId()),
                    foreign.jsonPath().getString("detail"), operation);
        }
        List<String> listed = given().auth().oauth2(Tokens.platform("meta")).queryParam("limit", 200)
                .get(NOTICES).then().statusCode(200).extract().jsonPath().getList("id");
        assertTrue(!listed.contains(delivered.noticeId()), "meta's list shows tiktok's notice");
        JsonPath detail = fixtures.detail(delivered.caseId());
        assertEquals("NOTICE_SENT", detail.getString("state"));
        assertEquals(4, detail.getList("audit").size());
    }

    private static io.restassured.specification.RequestSpecification asMeta(Object body) {
        var request = given().auth().oauth2(Tokens.platform("meta")).header("Idempotency-Key", UUID.randomUUID().toString());
        return body == null ? request : request.contentType(ContentType.JSON).body(body);
    }

    private static Response acknowledge(String noticeId, String key) {
        return given().auth().oauth2(Tokens.platform("tiktok")).header("Idempotency-Key", key)
                .post(NOTICES + noticeId + "/acknowledge");
    }

    private static Response action(String noticeId, String key, Map<String, String> body) {
        return given().auth().oauth2(Tokens.platform("tiktok")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post(NOTICES + noticeId + "/action");
    }
}
