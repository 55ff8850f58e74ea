package id.pantau.cases.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.pantau.cases.support.CaseFixtures;
import id.pantau.cases.support.Tokens;
import id.pantau.events.DeliveryStatus;
import id.pantau.events.NoticeRequested;
import id.pantau.events.Verdict;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a supervisor does with an ESCALATED case, and reopening a closed or dismissed one. */
@QuarkusTest
class EscalatedFollowUpTest {

    private static final String PROBLEM = "application/problem+json";
    private static final Map<String, String> REASON = Map.of("reason", "The platform did not act in time");

    @Inject
    CaseFixtures fixtures;

    @ParameterizedTest
    @ValueSource(strings = {"resend", "warning-letter"})
    void aResentNoticeOrWarningLetterStartsAFreshClock(String how) {
        var escalated = escalatedCase();
        JsonPath before = fixtures.detail(escalated.caseId());
        JsonPath after = post(escalated.caseId(), how, "supervisor2").then().statusCode(200)
                .body("state", equalTo("APPROVED"))
                .body("notice.id", not(equalTo(escalated.noticeId())))
                .body("notice.kind", equalTo(how.equals("resend") ? "TAKEDOWN" : "WARNING_LETTER"))
                .extract().jsonPath();
        assertEquals(how.equals("resend") ? "RESEND_NOTICE" : "SEND_WARNING_LETTER", after.getString("audit[-1].action"));
        Instant resentAt = Instant.parse(after.getString("audit[-1].occurredAt"));
        Instant deadline = Instant.parse(after.getString("slaDeadline"));
        String normal = given().auth().oauth2(Tokens.user("supervisor2")).get("/api/v1/sla-policies/tiktok")
                .then().statusCode(200).extract().path("normal");
        // The clock starts when the notice is issued, in the same transaction as the audit entry, a moment later.
        Instant earliest = resentAt.plus(java.time.Duration.parse(normal));
        assertTrue(!deadline.isBefore(earliest) && deadline.isBefore(earliest.plusSeconds(5)), deadline + " vs " + earliest);
        assertEquals(deadline.toString(), Instant.parse(after.getString("notice.deadline")).toString());
        String newNotice = after.getString("notice.id");
        assertEquals(1, fixtures.events(NoticeRequested.TOPIC, e -> e.data().contains(newNotice), CaseFixtures.WAIT).size());
        assertEquals(before.getList("audit").size() + 1, after.getList("audit").size());
    }

    @Test
    void aClosedCaseCanBeReopened() {
        var escalated = escalatedCase();
        post(escalated.caseId(), "close", "supervisor2").then().statusCode(200)
                .body("state", equalTo("CLOSED")).body("outcome", equalTo("CLOSED"));
        JsonPath reopened = post(escalated.caseId(), "reopen", "supervisor2").then().statusCode(200)
                .body("state", equalTo("OPEN")).extract().jsonPath();
        assertNull(reopened.getString("outcome"));
        assertNull(reopened.getString("slaDeadline"));
        assertEquals("REOPEN", reopened.getString("audit[-1].action"));
    }

    @Test
    void aDismissedCaseCanBeReopened() {
        String caseId = fixtures.openCase("tiktok", Verdict.REVIEW, 1.0);
        given().auth().oauth2(Tokens.user("analyst1")).contentType(ContentType.JSON).body(Map.of("reason", "false positive"))
                .post("/api/v1/cases/" + caseId + "/dismiss").then().statusCode(200);
        post(caseId, "reopen", "supervisor2").then().statusCode(200).body("state", equalTo("OPEN"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"resend", "warning-letter", "close", "reopen"})
    void theFollowUpsAreSupervisorsOnlyNeedAReasonAndTheRightState(String how) {
        String open = fixtures.openCase("tiktok", Verdict.REVIEW, 1.0);
        String from = how.equals("reopen") ? open : escalatedCase().caseId();
        given().contentType(ContentType.JSON).body(REASON).post("/api/v1/cases/" + from + "/" + how)
                .then().statusCode(401);
        for (String user : new String[] {"analyst1", "reviewer1", "auditor1", "admin1"}) {
            post(from, how, user).then().statusCode(403);
        }
        given().auth().oauth2(Tokens.user("supervisor2")).contentType(ContentType.JSON).body(Map.of("reason", " "))
                .post("/api/v1/cases/" + from + "/" + how).then().statusCode(400).contentType(PROBLEM);
        // The wrong state: an OPEN case cannot be resent or closed, and is not closed, so cannot be reopened.
        post(open, how, "supervisor2").then().statusCode(409).contentType(PROBLEM);
        assertEquals("OPEN", fixtures.detail(open).getString("state"));
    }

    private CaseFixtures.Approved escalatedCase() {
        var approved = fixtures.approvedCase("tiktok");
        fixtures.publish(CaseFixtures.status(approved, "tiktok", DeliveryStatus.FAILED, 5));
        fixtures.awaitState(approved.caseId(), "ESCALATED");
        return approved;
    }

    private static io.restassured.response.Response post(String caseId, String how, String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON).body(REASON)
                .post("/api/v1/cases/" + caseId + "/" + how);
    }
}
