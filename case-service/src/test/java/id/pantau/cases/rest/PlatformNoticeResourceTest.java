package id.pantau.cases.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.pantau.cases.support.CaseFixtures;
import id.pantau.cases.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class PlatformNoticeResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String NOTICES = "/api/v1/platform/notices";

    @Inject
    CaseFixtures fixtures;

    @Test
    void aPlatformListsOnlyItsOwnNotices() {
        var tiktok = fixtures.approvedCase("tiktok");
        var meta = fixtures.approvedCase("meta");
        given().auth().oauth2(Tokens.platform("tiktok")).queryParam("limit", 200).get(NOTICES)
                .then().statusCode(200)
                .body("platform", everyItem(equalTo("tiktok")))
                .body("id", hasItem(tiktok.noticeId()))
                .body("id", not(hasItem(meta.noticeId())))
                .body("find { it.id == '" + tiktok.noticeId() + "' }.caseId", equalTo(tiktok.caseId()))
                .body("find { it.id == '" + tiktok.noticeId() + "' }.state", equalTo("APPROVED"))
                .body("find { it.id == '" + tiktok.noticeId() + "' }.externalId", equalTo(tiktok.externalId()))
                .body("find { it.id == '" + tiktok.noticeId() + "' }.requestedAction", equalTo("REMOVE"))
                .body("find { it.id == '" + tiktok.noticeId() + "' }.evidence", nullValue());
        given().auth().oauth2(Tokens.platform("meta")).queryParam("limit", 200).get(NOTICES)
                .then().statusCode(200)
                .body("platform", everyItem(equalTo("meta")))
                .body("id", hasItem(meta.noticeId()));
    }

    @Test
    void aPlatformFiltersByStateAndSinceAndPagesWithACursor() {
        var first = fixtures.approvedCase("youtube");
        var second = fixtures.approvedCase("youtube");
        var sent = fixtures.deliveredCase("youtube");
        String token = Tokens.platform("youtube");

        List<String> approved = given().auth().oauth2(token).queryParam("state", "APPROVED").queryParam("limit", 200)
                .get(NOTICES).then().statusCode(200).body("state", everyItem(equalTo("APPROVED")))
                .extract().path("id");
        assertTrue(approved.containsAll(List.of(first.noticeId(), second.noticeId())), approved.toString());
        assertFalse(approved.contains(sent.noticeId()));
        given().auth().oauth2(token).queryParam("state", "NOTICE_SENT").queryParam("limit", 200).get(NOTICES)
                .then().statusCode(200).body("id", hasItem(sent.noticeId()))
                .body("id", not(hasItem(first.noticeId())));

        // since the first of the three: exactly these three, newest first, one per page, never repeated
        String since = given().auth().oauth2(token).get(NOTICES + "/" + first.noticeId()).then().statusCode(200)
                .extract().path("createdAt");
        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(token).queryParam("since", since).queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var response = request.get(NOTICES).then().statusCode(200).extract();
            walked.addAll(response.path("id"));
            cursor = response.header("X-Next-Cursor");
        } while (cursor != null && walked.size() < 10);
        assertEquals(List.of(sent.noticeId(), second.noticeId(), first.noticeId()), walked);
    }

    @ParameterizedTest
    @ValueSource(strings = {"state=LOST", "since=yesterday", "cursor=not-a-cursor", "limit=0", "limit=abc"})
    void badListParametersAre400(String query) {
        String[] pair = query.split("=", 2);
        given().auth().oauth2(Tokens.platform("youtube")).queryParam(pair[0], pair[1]).get(NOTICES)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aPlatformFetchesANoticeWithItsEvidence() {
        var approved = fixtures.approvedCase("tiktok");
        JsonPath ministryView = fixtures.detail(approved.caseId());
        given().auth().oauth2(Tokens.platform("tiktok")).get(NOTICES + "/" + approved.noticeId())
                .then().statusCode(200)
                .body("id", equalTo(approved.noticeId()))
                .body("caseId", equalTo(approved.caseId()))
                .body("state", equalTo("APPROVED"))
                .body("platform", equalTo("tiktok"))
                .body("url", equalTo(ministryView.getString("url")))
                .body("legalBasis", equalTo(ministryView.getString("legalBasis")))
                .body("reason", equalTo(ministryView.getString("reason")))
                .body("deadline", equalTo(ministryView.getString("notice.deadline")))
                .body("evidence.text", equalTo(ministryView.getString("evidence[0].snapshot.content.text")))
                .body("evidence.contentHash", equalTo(ministryView.getString("evidence[0].contentHash")))
                .body("evidence.sha256", equalTo(ministryView.getString("evidence[0].sha256")))
                .body("evidence.capturedAt", equalTo(ministryView.getString("evidence[0].capturedAt")));
    }

    @Test
    void anotherPlatformsNoticeDoesNotExistForYou() {
        var meta = fixtures.deliveredCase("meta");
        given().auth().oauth2(Tokens.platform("tiktok")).get(NOTICES + "/" + meta.noticeId())
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.platform("tiktok")).post(NOTICES + "/" + meta.noticeId() + "/acknowledge")
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.platform("tiktok")).contentType(ContentType.JSON).body(action("REMOVED"))
                .post(NOTICES + "/" + meta.noticeId() + "/action")
                .then().statusCode(404).contentType(PROBLEM);
        assertEquals("NOTICE_SENT", fixtures.detail(meta.caseId()).getString("state"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"00000000-0000-0000-0000-000000000000", "not-a-uuid"})
    void anUnknownOrMalformedNoticeIs404(String id) {
        given().auth().oauth2(Tokens.platform("tiktok")).get(NOTICES + "/" + id)
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.platform("tiktok")).post(NOTICES + "/" + id + "/acknowledge")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void onlyPlatformClientsUseThePlatformApi() {
        var approved = fixtures.approvedCase("tiktok");
        given().get(NOTICES).then().statusCode(401);
        given().post(NOTICES + "/" + approved.noticeId() + "/acknowledge").then().statusCode(401);
        for (String user : List.of("analyst1", "reviewer1", "supervisor1", "supervisor2", "auditor1")) {
            given().auth().oauth2(Tokens.user(user)).get(NOTICES).then().statusCode(403);
            given().auth().oauth2(Tokens.user(user)).get(NOTICES + "/" + approved.noticeId()).then().statusCode(403);
            given().auth().oauth2(Tokens.user(user)).post(NOTICES + "/" + approved.noticeId() + "/acknowledge")
                    .then().statusCode(403);
            given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON).body(action("REMOVED"))
                    .post(NOTICES + "/" + approved.noticeId() + "/action").then().statusCode(403);
        }
        given().auth().oauth2(Tokens.platform("crawler")).get(NOTICES).then().statusCode(403);
    }

    @Test
    void aPlatformAcknowledgesThenReportsAction() {
        var delivered = fixtures.deliveredCase("tiktok");
        String notice = NOTICES + "/" + delivered.noticeId();
        given().auth().oauth2(Tokens.platform("tiktok")).post(notice + "/acknowledge")
                .then().statusCode(200).body("state", equalTo("ACKNOWLEDGED"));
        given().auth().oauth2(Tokens.platform("tiktok")).post(notice + "/acknowledge")
                .then().statusCode(409).contentType(PROBLEM);

        given().auth().oauth2(Tokens.platform("tiktok")).contentType(ContentType.JSON)
                .body(Map.of("action", "REMOVED", "reference", "TT-TS-2024-000123"))
                .post(notice + "/action")
                .then().statusCode(200)
                .body("state", equalTo("ACTIONED"))
                .body("actionTaken", equalTo("REMOVED"))
                .body("platformReference", equalTo("TT-TS-2024-000123"));

        JsonPath detail = fixtures.detail(delivered.caseId());
        assertEquals("ACTIONED", detail.getString("state"));
        assertEquals("REMOVED", detail.getString("actionTaken"));
        assertEquals("TT-TS-2024-000123", detail.getString("platformReference"));
        assertEquals(List.of("OPEN_CASE", "PROPOSE", "APPROVE", "NOTICE_DELIVERED", "ACKNOWLEDGE", "REPORT_ACTION"),
                detail.getList("audit.action"));
        assertEquals("service-account-tiktok", detail.getString("audit[4].actor"));
        assertEquals("service-account-tiktok", detail.getString("audit[5].actor"));

        given().auth().oauth2(Tokens.platform("tiktok")).contentType(ContentType.JSON).body(action("GEO_BLOCKED"))
                .post(notice + "/action")
                .then().statusCode(409).contentType(PROBLEM);
    }

    @Test
    void actionWithoutAcknowledgingFirstIsAllowed() {
        var delivered = fixtures.deliveredCase("meta");
        given().auth().oauth2(Tokens.platform("meta")).contentType(ContentType.JSON).body(action("ACCOUNT_RESTRICTED"))
                .post(NOTICES + "/" + delivered.noticeId() + "/action")
                .then().statusCode(200).body("state", equalTo("ACTIONED")).body("actionTaken", equalTo("ACCOUNT_RESTRICTED"));
    }

    @Test
    void answeringANoticeNotYetDeliveredIsAConflict() {
        var approved = fixtures.approvedCase("tiktok");
        given().auth().oauth2(Tokens.platform("tiktok")).post(NOTICES + "/" + approved.noticeId() + "/acknowledge")
                .then().statusCode(409).contentType(PROBLEM);
        given().auth().oauth2(Tokens.platform("tiktok")).contentType(ContentType.JSON).body(action("REMOVED"))
                .post(NOTICES + "/" + approved.noticeId() + "/action")
                .then().statusCode(409).contentType(PROBLEM);
        assertEquals(3, fixtures.detail(approved.caseId()).getList("audit").size());
    }

    @Test
    void everyBadActionReportIsA400ProblemAndChangesNothing() {
        var delivered = fixtures.deliveredCase("tiktok");
        List<Object> bodies = List.of(
                Map.of("action", "DELETED", "reference", "TT-1"),
                Map.of("action", "removed", "reference", "TT-1"),
                Map.of("reference", "TT-1"),
                Map.of("action", "REMOVED"),
                Map.of("action", "REMOVED", "reference", " "),
                Map.of("action", "REMOVED", "reference", "x".repeat(513)),
                "{\"action\":",
                "");
        for (Object body : bodies) {
            given().auth().oauth2(Tokens.platform("tiktok")).contentType(ContentType.JSON).body(body)
                    .post(NOTICES + "/" + delivered.noticeId() + "/action")
                    .then().statusCode(400).contentType(PROBLEM);
        }
        assertEquals("NOTICE_SENT", fixtures.detail(delivered.caseId()).getString("state"));
        assertEquals(4, fixtures.detail(delivered.caseId()).getList("audit").size());
    }

    @Test
    void badListLimitsAre400() {
        given().auth().oauth2(Tokens.platform("tiktok")).queryParam("limit", 500).get(NOTICES)
                .then().statusCode(400).contentType(PROBLEM);
    }

    private static Map<String, String> action(String action) {
        return Map.of("action", action, "reference", "REF-1");
    }
}
