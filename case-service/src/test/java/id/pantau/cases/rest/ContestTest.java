package id.pantau.cases.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.cases.support.CaseFixtures;
import id.pantau.cases.support.Tokens;
import id.pantau.events.NoticeRequested;
import id.pantau.local.MovableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A platform contests a notice; the ministry clarifies (a new notice, the clock resumes) or withdraws. */
@QuarkusTest
class ContestTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String NOTICES = "/api/v1/platform/notices/";
    private static final Map<String, String> REASON = Map.of("reason", "NOT_ILLEGAL: these are new clothes");

    @Inject
    CaseFixtures fixtures;

    @Inject
    MovableClock clock;

    @Inject
    ObjectMapper json;

    @ParameterizedTest
    @ValueSource(strings = {"reject", "clarification-request"})
    void aPlatformContestsAndTheClockPauses(String how) {
        var delivered = fixtures.deliveredCase("tiktok");
        given().auth().oauth2(Tokens.platform("tiktok")).contentType(ContentType.JSON).body(REASON)
                .post(NOTICES + delivered.noticeId() + "/" + how)
                .then().statusCode(200).body("state", equalTo("CONTESTED"));
        JsonPath detail = fixtures.detail(delivered.caseId());
        assertEquals("CONTESTED", detail.getString("state"));
        assertEquals(how.equals("reject") ? "REJECT" : "REQUEST_CLARIFICATION", detail.getString("audit[4].action"));
        assertEquals("service-account-tiktok", detail.getString("audit[4].actor"));
        assertEquals(REASON.get("reason"), detail.getString("audit[4].reason"));
        assertEquals(detail.getString("audit[4].occurredAt"), detail.getString("slaPausedAt"));
    }

    @Test
    void aClarificationResendsANewNoticeWithTheDeadlineMovedByThePause() throws Exception {
        var delivered = fixtures.deliveredCase("tiktok");
        given().auth().oauth2(Tokens.platform("tiktok")).post(NOTICES + delivered.noticeId() + "/acknowledge")
                .then().statusCode(200);
        Instant firstDeadline = Instant.parse(fixtures.detail(delivered.caseId()).getString("slaDeadline"));
        clock.advance(Duration.ofHours(1));
        given().auth().oauth2(Tokens.platform("tiktok")).contentType(ContentType.JSON)
                .body(Map.of("reason", "INSUFFICIENT_INFORMATION: which law?"))
                .post(NOTICES + delivered.noticeId() + "/clarification-request").then().statusCode(200);
        clock.advance(Duration.ofHours(2));

        JsonPath clarified = given().auth().oauth2(Tokens.user("supervisor2")).contentType(ContentType.JSON)
                .body(Map.of("reason", "Art. 47(1) UU 7/2014 applies; see the attached text"))
                .post("/api/v1/cases/" + delivered.caseId() + "/clarify")
                .then().statusCode(200).body("state", equalTo("APPROVED"))
                .body("notice.id", not(equalTo(delivered.noticeId())))
                .extract().jsonPath();
        Instant pausedAt = Instant.parse(clarified.getString("audit[5].occurredAt"));
        Instant resumedAt = Instant.parse(clarified.getString("audit[6].occurredAt"));
        assertEquals("CLARIFY_AND_RESEND", clarified.getString("audit[6].action"));
        Instant expected = firstDeadline.plus(Duration.between(pausedAt, resumedAt));
        assertEquals(expected, Instant.parse(clarified.getString("slaDeadline")));
        assertEquals(expected, Instant.parse(clarified.getString("notice.deadline")));
        assertNull(clarified.get("slaPausedAt"));
        assertEquals(Duration.between(pausedAt, resumedAt).toSeconds(), clarified.getLong("slaPausedSeconds"));

        var requested = fixtures.events(NoticeRequested.TOPIC, e -> delivered.caseId().equals(e.key())
                && e.data().contains(clarified.getString("notice.id")), CaseFixtures.WAIT);
        assertEquals(1, requested.size());
        assertEquals(expected.toString(), json.readTree(requested.getFirst().data()).get("deadline").asText());
        assertNotEquals(delivered.noticeId(), clarified.getString("notice.id"));

        // The re-sent notice is the one to answer; the replaced one no longer moves the case.
        var resent = new CaseFixtures.Approved(delivered.caseId(), clarified.getString("notice.id"), delivered.externalId());
        fixtures.publish(CaseFixtures.status(resent, "tiktok", id.pantau.events.DeliveryStatus.DELIVERED, 1));
        fixtures.awaitState(delivered.caseId(), "NOTICE_SENT");
        given().auth().oauth2(Tokens.platform("tiktok")).post(NOTICES + delivered.noticeId() + "/acknowledge")
                .then().statusCode(409).contentType(PROBLEM);
        given().auth().oauth2(Tokens.platform("tiktok")).contentType(ContentType.JSON).body(REASON)
                .post(NOTICES + delivered.noticeId() + "/reject")
                .then().statusCode(409).contentType(PROBLEM);
        given().auth().oauth2(Tokens.platform("tiktok")).post(NOTICES + resent.noticeId() + "/acknowledge")
                .then().statusCode(200).body("state", equalTo("ACKNOWLEDGED"));
    }

    @Test
    void aSupervisorWithdrawsAContestedNotice() {
        String caseId = contestedCase();
        given().auth().oauth2(Tokens.user("supervisor2")).contentType(ContentType.JSON)
                .body(Map.of("reason", "The platform is right"))
                .post("/api/v1/cases/" + caseId + "/withdraw")
                .then().statusCode(200).body("state", equalTo("CLOSED")).body("audit[5].action", equalTo("WITHDRAW"));
    }

    @Test
    void contestingNeedsAPlatformTokenOfThatPlatformAReasonAndTheRightState() {
        var approved = fixtures.approvedCase("tiktok");
        for (String how : List.of("reject", "clarification-request")) {
            String path = NOTICES + approved.noticeId() + "/" + how;
            given().contentType(ContentType.JSON).body(REASON).post(path).then().statusCode(401);
            for (String user : List.of("analyst1", "reviewer1", "supervisor1", "supervisor2", "auditor1")) {
                given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON).body(REASON).post(path)
                        .then().statusCode(403);
            }
            given().auth().oauth2(Tokens.platform("meta")).contentType(ContentType.JSON).body(REASON).post(path)
                    .then().statusCode(404).contentType(PROBLEM);
            for (Object bad : List.<Object>of(Map.of(), Map.of("reason", " "), Map.of("reason", "x".repeat(2001)),
                    "{\"reason\":", "")) {
                given().auth().oauth2(Tokens.platform("tiktok")).contentType(ContentType.JSON).body(bad).post(path)
                        .then().statusCode(400).contentType(PROBLEM);
            }
            // not delivered yet: nothing to contest
            given().auth().oauth2(Tokens.platform("tiktok")).contentType(ContentType.JSON).body(REASON).post(path)
                    .then().statusCode(409).contentType(PROBLEM);
        }
        assertEquals(3, fixtures.detail(approved.caseId()).getList("audit").size());
    }

    @Test
    void clarifyingAndWithdrawingNeedASupervisorAReasonAndAContestedCase() {
        String caseId = contestedCase();
        for (String what : List.of("clarify", "withdraw")) {
            String path = "/api/v1/cases/" + caseId + "/" + what;
            given().contentType(ContentType.JSON).body(REASON).post(path).then().statusCode(401);
            for (String user : List.of("analyst1", "reviewer1", "auditor1", "admin1")) {
                given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON).body(REASON).post(path)
                        .then().statusCode(403);
            }
            given().auth().oauth2(Tokens.platform("tiktok")).contentType(ContentType.JSON).body(REASON).post(path)
                    .then().statusCode(403);
            for (Object bad : List.<Object>of(Map.of(), Map.of("reason", ""), Map.of("reason", "x".repeat(2001)), "[]", "")) {
                given().auth().oauth2(Tokens.user("supervisor2")).contentType(ContentType.JSON).body(bad).post(path)
                        .then().statusCode(400).contentType(PROBLEM);
            }
        }
        JsonPath detail = fixtures.detail(caseId);
        assertEquals("CONTESTED", detail.getString("state"));
        assertEquals(5, detail.getList("audit").size());

        var delivered = fixtures.deliveredCase("tiktok");
        for (String what : List.of("clarify", "withdraw")) {
            given().auth().oauth2(Tokens.user("supervisor2")).contentType(ContentType.JSON).body(REASON)
                    .post("/api/v1/cases/" + delivered.caseId() + "/" + what)
                    .then().statusCode(409).contentType(PROBLEM);
        }
        assertEquals("NOTICE_SENT", fixtures.detail(delivered.caseId()).getString("state"));
    }

    private String contestedCase() {
        var delivered = fixtures.deliveredCase("tiktok");
        given().auth().oauth2(Tokens.platform("tiktok")).contentType(ContentType.JSON).body(REASON)
                .post(NOTICES + delivered.noticeId() + "/reject").then().statusCode(200);
        return delivered.caseId();
    }
}
