package id.pantau.cases.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.pantau.cases.support.CaseFixtures;
import id.pantau.cases.support.Tokens;
import id.pantau.events.Verdict;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class CaseResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    CaseFixtures fixtures;

    // --- reading ---------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"analyst1", "reviewer1", "supervisor1", "supervisor2", "auditor1"})
    void ministryRolesListTheQueueOldestFirstAtEqualPriorityAndScore(String user) {
        String older = fixtures.openCase("tiktok", Verdict.REVIEW, 1.0);
        String newer = fixtures.openCase("tiktok", Verdict.REVIEW, 1.0);
        List<String> ids = given().auth().oauth2(Tokens.user(user))
                .queryParam("state", "OPEN").queryParam("platform", "tiktok").queryParam("limit", 200)
                .queryParam("from", fixtures.detail(older).getString("createdAt"))
                .get("/api/v1/cases")
                .then().statusCode(200)
                .body("state", everyItem(equalTo("OPEN")))
                .extract().jsonPath().getList("id");
        assertTrue(ids.indexOf(older) < ids.indexOf(newer) && ids.indexOf(older) >= 0, ids.toString());
    }

    @Test
    void aSummaryCarriesTheQueueColumns() {
        String caseId = fixtures.openCase("meta", Verdict.VIOLATION, 2.5);
        Map<String, Object> summary = given().auth().oauth2(Tokens.user("analyst1"))
                .queryParam("q", fixtures.detail(caseId).getString("externalId"))
                .get("/api/v1/cases")
                .then().statusCode(200).extract().jsonPath().getMap("find { it.id == '" + caseId + "' }");
        assertEquals("OPEN", summary.get("state"));
        assertEquals("NORMAL", summary.get("priority"));
        assertEquals("VIOLATION", summary.get("verdict"));
        assertEquals(2.5f, ((Number) summary.get("score")).floatValue());
        assertEquals("meta", summary.get("platform"));
        assertTrue(((String) summary.get("url")).startsWith("https://www.meta.com/"));
        assertTrue(summary.containsKey("externalId") && summary.containsKey("createdAt") && summary.containsKey("updatedAt"));
    }

    @Test
    void limitCapsTheList() {
        fixtures.openCase("tiktok", Verdict.REVIEW, 1.0);
        fixtures.openCase("tiktok", Verdict.REVIEW, 1.0);
        given().auth().oauth2(Tokens.user("auditor1")).queryParam("limit", 1)
                .get("/api/v1/cases")
                .then().statusCode(200).body("size()", equalTo(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"state=SHREDDED", "state=open", "limit=0", "limit=201", "limit=abc", "limit=-1"})
    void badListParametersAre400Problems(String query) {
        given().auth().oauth2(Tokens.user("analyst1"))
                .get("/api/v1/cases?" + query)
                .then().statusCode(400).contentType(PROBLEM).body("status", equalTo(400));
    }

    @Test
    void readingNeedsAToken() {
        given().get("/api/v1/cases").then().statusCode(401);
        given().get("/api/v1/cases/" + UUID.randomUUID()).then().statusCode(401);
        given().auth().oauth2("not-a-token").get("/api/v1/cases").then().statusCode(401);
    }

    @Test
    void aPlatformTokenCannotReadMinistryEndpoints() {
        String caseId = fixtures.openCase("tiktok", Verdict.REVIEW, 1.0);
        given().auth().oauth2(Tokens.platform("tiktok")).get("/api/v1/cases").then().statusCode(403);
        given().auth().oauth2(Tokens.platform("tiktok")).get("/api/v1/cases/" + caseId).then().statusCode(403);
        given().auth().oauth2(Tokens.platform("tiktok")).contentType(ContentType.JSON).body(proposal())
                .post("/api/v1/cases/" + caseId + "/propose").then().statusCode(403);
        given().auth().oauth2(Tokens.user("admin1")).get("/api/v1/cases").then().statusCode(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00000000-0000-0000-0000-000000000000", "not-a-uuid", "42"})
    void anUnknownOrMalformedCaseIs404Problem(String id) {
        given().auth().oauth2(Tokens.user("auditor1")).get("/api/v1/cases/" + id)
                .then().statusCode(404).contentType(PROBLEM).body("status", equalTo(404));
        given().auth().oauth2(Tokens.user("analyst1")).contentType(ContentType.JSON).body(proposal())
                .post("/api/v1/cases/" + id + "/propose")
                .then().statusCode(404).contentType(PROBLEM);
    }

    // --- propose ---------------------------------------------------------------------------------------

    @Test
    void anAnalystProposesATakedown() {
        String caseId = fixtures.openCase("tiktok", Verdict.VIOLATION, 3.0);
        given().auth().oauth2(Tokens.user("analyst1")).contentType(ContentType.JSON).body(proposal())
                .post("/api/v1/cases/" + caseId + "/propose")
                .then().statusCode(200)
                .body("state", equalTo("PROPOSED"))
                .body("proposedBy", equalTo("analyst1"))
                .body("legalBasisId", equalTo("permendag-18-2021-jo-40-2022"))
                .body("legalBasis", equalTo("Permendag 18/2021 jo. Permendag 40/2022"))
                .body("reason", equalTo(proposal().get("reason")))
                .body("audit[1].action", equalTo("PROPOSE"))
                .body("audit[1].actor", equalTo("analyst1"))
                .body("audit[1].fromState", equalTo("OPEN"))
                .body("audit[1].toState", equalTo("PROPOSED"))
                .body("auditChainIntact", equalTo(true));
    }

    @Test
    void proposingIsForAnalystsOnly() {
        String caseId = fixtures.openCase("tiktok", Verdict.VIOLATION, 3.0);
        given().contentType(ContentType.JSON).body(proposal())
                .post("/api/v1/cases/" + caseId + "/propose").then().statusCode(401);
        for (String user : List.of("auditor1", "reviewer1", "supervisor2")) {
            given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON).body(proposal())
                    .post("/api/v1/cases/" + caseId + "/propose").then().statusCode(403);
        }
        assertUnchanged(caseId, "OPEN", 1);
    }

    @Test
    void everyBadProposalIsA400ProblemAndChangesNothing() {
        String caseId = fixtures.openCase("tiktok", Verdict.VIOLATION, 3.0);
        String tooLong = "x".repeat(2001);
        List<Object> bodies = List.of(
                Map.of("reason", "no legal basis"),
                Map.of("legalBasis", "Permendag 40/2022"),
                Map.of("legalBasis", " ", "reason", "blank legal basis"),
                Map.of("legalBasis", "Permendag 40/2022", "reason", ""),
                Map.of("legalBasis", tooLong, "reason", "r"),
                Map.of("legalBasis", "Permendag 40/2022", "reason", tooLong),
                Map.of("legalBasis", "Permendag 40/2022", "reason", "not in the catalogue"),
                Map.of("legalBasis", "uu-7-2014", "reason", "not an id in the catalogue"),
                "{\"legalBasis\": \"unterminated",
                "[]",
                "");
        for (Object body : bodies) {
            given().auth().oauth2(Tokens.user("analyst1")).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/cases/" + caseId + "/propose")
                    .then().statusCode(400).contentType(PROBLEM).body("status", equalTo(400));
        }
        assertUnchanged(caseId, "OPEN", 1);
    }

    @Test
    void proposingTwiceIsAConflict() {
        String caseId = fixtures.openCase("tiktok", Verdict.VIOLATION, 3.0);
        fixtures.propose(caseId, "analyst1");
        given().auth().oauth2(Tokens.user("analyst2")).contentType(ContentType.JSON).body(proposal())
                .post("/api/v1/cases/" + caseId + "/propose")
                .then().statusCode(409).contentType(PROBLEM).body("status", equalTo(409));
        assertUnchanged(caseId, "PROPOSED", 2);
        assertEquals("analyst1", fixtures.detail(caseId).getString("proposedBy"));
    }

    // --- approve ---------------------------------------------------------------------------------------

    @Test
    void aReviewerApprovesAndANoticeIsIssued() {
        String caseId = fixtures.openCase("tiktok", Verdict.VIOLATION, 3.0);
        fixtures.propose(caseId, "analyst1");
        JsonPath approved = given().auth().oauth2(Tokens.user("reviewer1"))
                .post("/api/v1/cases/" + caseId + "/approve")
                .then().statusCode(200)
                .body("state", equalTo("APPROVED"))
                .body("approvedBy", equalTo("reviewer1"))
                .body("audit[2].action", equalTo("APPROVE"))
                .body("notice.requestedAction", equalTo("REMOVE"))
                .body("notice.priority", equalTo("NORMAL"))
                .extract().jsonPath();
        String noticeId = approved.getString("notice.id");
        UUID.fromString(noticeId);
        Instant created = Instant.parse(approved.getString("notice.createdAt"));
        assertEquals(created.plusSeconds(24 * 3600), Instant.parse(approved.getString("notice.deadline")));
        assertEquals(approved.getString("evidence[0].sha256"), approved.getString("notice.evidenceDigest"));
        assertEquals("http://localhost:8083/api/v1/platform/notices/" + noticeId, approved.getString("notice.responseUrl"));
    }

    @Test
    void anUrgentCaseGetsAFourHourDeadlineAndAnApprovalNote() {
        String caseId = fixtures.openCase("tiktok", Verdict.VIOLATION, 4.0);
        fixtures.propose(caseId, "analyst1");
        JsonPath approved = given().auth().oauth2(Tokens.user("reviewer1")).contentType(ContentType.JSON)
                .body(Map.of("reason", "Clear promotion of bale imports"))
                .post("/api/v1/cases/" + caseId + "/approve")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("URGENT", approved.getString("notice.priority"));
        assertEquals(Instant.parse(approved.getString("notice.createdAt")).plusSeconds(4 * 3600),
                Instant.parse(approved.getString("notice.deadline")));
        assertEquals("Clear promotion of bale imports", approved.getString("audit[2].reason"));
    }

    @Test
    void approvingIsForReviewersOnly() {
        String caseId = fixtures.openCase("tiktok", Verdict.VIOLATION, 3.0);
        fixtures.propose(caseId, "analyst2");
        given().post("/api/v1/cases/" + caseId + "/approve").then().statusCode(401);
        for (String user : List.of("analyst1", "auditor1", "supervisor2")) {
            given().auth().oauth2(Tokens.user(user))
                    .post("/api/v1/cases/" + caseId + "/approve").then().statusCode(403);
        }
        assertUnchanged(caseId, "PROPOSED", 2);
    }

    @Test
    void theProposerCannotApproveFourEyes() {
        String caseId = fixtures.openCase("tiktok", Verdict.VIOLATION, 3.0);
        fixtures.propose(caseId, "analyst2");
        given().auth().oauth2(Tokens.user("analyst2"))
                .post("/api/v1/cases/" + caseId + "/approve")
                .then().statusCode(409).contentType(PROBLEM).body("detail", startsWith("Four-eyes"));
        assertUnchanged(caseId, "PROPOSED", 2);
        assertNull(fixtures.detail(caseId).get("notice"));
    }

    @Test
    void approvingAnOpenCaseIsAConflict() {
        String caseId = fixtures.openCase("tiktok", Verdict.VIOLATION, 3.0);
        given().auth().oauth2(Tokens.user("reviewer1"))
                .post("/api/v1/cases/" + caseId + "/approve")
                .then().statusCode(409).contentType(PROBLEM);
        assertUnchanged(caseId, "OPEN", 1);
    }

    @Test
    void aBadApprovalNoteIsA400Problem() {
        String caseId = fixtures.openCase("tiktok", Verdict.VIOLATION, 3.0);
        fixtures.propose(caseId, "analyst1");
        given().auth().oauth2(Tokens.user("reviewer1")).contentType(ContentType.JSON)
                .body(Map.of("reason", "x".repeat(2001)))
                .post("/api/v1/cases/" + caseId + "/approve")
                .then().statusCode(400).contentType(PROBLEM);
        given().auth().oauth2(Tokens.user("reviewer1")).contentType(ContentType.JSON).body("{not json")
                .post("/api/v1/cases/" + caseId + "/approve")
                .then().statusCode(400).contentType(PROBLEM);
        assertUnchanged(caseId, "PROPOSED", 2);
    }

    // --- dismiss and send back -------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"analyst1", "reviewer1"})
    void analystsAndReviewersDismissOpenCases(String user) {
        String caseId = fixtures.openCase("tiktok", Verdict.REVIEW, 1.0);
        given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON)
                .body(Map.of("reason", "Sells new clothes, not imported used ones"))
                .post("/api/v1/cases/" + caseId + "/dismiss")
                .then().statusCode(200)
                .body("state", equalTo("DISMISSED"))
                .body("audit[1].actor", equalTo(user))
                .body("audit[1].reason", equalTo("Sells new clothes, not imported used ones"));
    }

    @Test
    void aReviewerDismissesAProposal() {
        String caseId = fixtures.openCase("tiktok", Verdict.REVIEW, 1.0);
        fixtures.propose(caseId, "analyst1");
        given().auth().oauth2(Tokens.user("reviewer1")).contentType(ContentType.JSON)
                .body(Map.of("reason", "False positive"))
                .post("/api/v1/cases/" + caseId + "/dismiss")
                .then().statusCode(200).body("state", equalTo("DISMISSED"));
    }

    @Test
    void dismissingNeedsAReasonARoleAndADismissableState() {
        String caseId = fixtures.openCase("tiktok", Verdict.REVIEW, 1.0);
        for (Object body : List.<Object>of(Map.of(), Map.of("reason", "  "), Map.of("reason", "x".repeat(2001)), "")) {
            given().auth().oauth2(Tokens.user("analyst1")).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/cases/" + caseId + "/dismiss")
                    .then().statusCode(400).contentType(PROBLEM);
        }
        for (String user : List.of("auditor1", "supervisor2")) {
            given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON).body(Map.of("reason", "r"))
                    .post("/api/v1/cases/" + caseId + "/dismiss").then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body(Map.of("reason", "r"))
                .post("/api/v1/cases/" + caseId + "/dismiss").then().statusCode(401);
        assertUnchanged(caseId, "OPEN", 1);

        var approved = fixtures.approvedCase("tiktok");
        given().auth().oauth2(Tokens.user("analyst1")).contentType(ContentType.JSON).body(Map.of("reason", "too late"))
                .post("/api/v1/cases/" + approved.caseId() + "/dismiss")
                .then().statusCode(409).contentType(PROBLEM);
        assertUnchanged(approved.caseId(), "APPROVED", 3);
    }

    @Test
    void aReviewerSendsAProposalBackAndItCanBeProposedAgain() {
        String caseId = fixtures.openCase("tiktok", Verdict.VIOLATION, 3.0);
        fixtures.propose(caseId, "analyst1");
        given().auth().oauth2(Tokens.user("analyst1")).contentType(ContentType.JSON).body(Map.of("reason", "r"))
                .post("/api/v1/cases/" + caseId + "/send-back").then().statusCode(403);
        given().auth().oauth2(Tokens.user("reviewer1")).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/cases/" + caseId + "/send-back").then().statusCode(400).contentType(PROBLEM);
        assertUnchanged(caseId, "PROPOSED", 2);

        given().auth().oauth2(Tokens.user("reviewer1")).contentType(ContentType.JSON)
                .body(Map.of("reason", "Cite the article of Permendag 18/2021"))
                .post("/api/v1/cases/" + caseId + "/send-back")
                .then().statusCode(200)
                .body("state", equalTo("OPEN"))
                .body("audit[2].action", equalTo("SEND_BACK"));
        given().auth().oauth2(Tokens.user("reviewer1")).contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .post("/api/v1/cases/" + caseId + "/send-back").then().statusCode(409).contentType(PROBLEM);
        fixtures.propose(caseId, "analyst2");
        assertEquals("analyst2", fixtures.detail(caseId).getString("proposedBy"));
    }

    @Test
    void everyCaseFileVerifiesItsAuditChain() {
        var approved = fixtures.approvedCase("meta");
        JsonPath detail = fixtures.detail(approved.caseId());
        assertTrue(detail.getBoolean("auditChainIntact"));
        List<String> hashes = detail.getList("audit.hash");
        List<String> previous = detail.getList("audit.prevHash");
        assertEquals(hashes.subList(0, hashes.size() - 1), previous.subList(1, previous.size()));
        given().auth().oauth2(Tokens.user("auditor1")).get("/api/v1/cases/" + approved.caseId())
                .then().body("audit.actor", hasItem("reviewer1")).body("audit.actor", not(hasItem("anonymous")));
    }

    private void assertUnchanged(String caseId, String state, int auditEntries) {
        JsonPath detail = fixtures.detail(caseId);
        assertEquals(state, detail.getString("state"));
        assertEquals(auditEntries, detail.getList("audit").size());
    }

    private static Map<String, String> proposal() {
        return Map.of("legalBasis", "permendag-18-2021-jo-40-2022",
                "reason", "Promotes imported second-hand clothing (bongkar bal)");
    }
}
