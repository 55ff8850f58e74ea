package id.pantau.cases.console;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.pantau.cases.support.CaseFixtures;
import id.pantau.events.DeliveryStatus;
import id.pantau.events.NoticeStatus;
import id.pantau.events.Verdict;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The case page's account history, notice preview, delivery attempts, answers and the supervisor's follow-ups. */
@QuarkusTest
class ConsoleCaseTest {

    @Inject
    CaseFixtures fixtures;

    @Test
    @TestSecurity(user = "auditor1", roles = "auditor")
    void theCasePageShowsTheAccountTheNoticeInBothLanguagesAndEveryDeliveryAttempt() {
        CaseFixtures.Approved approved = fixtures.approvedCase("tiktok");
        String authorId = fixtures.detail(approved.caseId()).getString("authorId");
        String sibling = fixtures.open(fixtures.classification("tiktok", authorId, "term.bongkar-bal", Verdict.REVIEW,
                1.5, "bal"));
        UUID notice = UUID.fromString(approved.noticeId());
        UUID caseId = UUID.fromString(approved.caseId());
        Instant now = Instant.now();
        NoticeStatus retrying = new NoticeStatus(notice, caseId, "tiktok", DeliveryStatus.RETRYING, 1, "WEBHOOK", 503,
                "platform unavailable", now.minusSeconds(60));
        fixtures.publish(retrying);
        fixtures.publish(retrying); // a second report of the same attempt (a new event id) adds no row
        fixtures.publish(new NoticeStatus(notice, caseId, "tiktok", DeliveryStatus.DELIVERED, 2, "WEBHOOK", 200, null, now));
        fixtures.awaitState(approved.caseId(), "NOTICE_SENT");
        // both attempts listed once each (the attempts table names the notice in each row)
        Awaitility.await().atMost(CaseFixtures.WAIT).until(() -> attemptRows(approved) >= 2);
        assertEquals(2, attemptRows(approved));

        ConsolePage.get("/console/cases/" + approved.caseId()).then().statusCode(200)
                .body(allOf(containsString("id=\"other-cases\""), containsString(sibling),
                        containsString("Konten ini melanggar Permendag 18/2021 jo. Permendag 40/2022"),
                        containsString("This content violates Permendag 18/2021 jo. Permendag 40/2022"),
                        containsString("Promotes imported second-hand clothing (bongkar bal)"),
                        containsString("<article lang=\"en\""), containsString("id=\"attempts\""),
                        containsString("RETRYING"), containsString("platform unavailable"), containsString("503"),
                        containsString("id=\"platform-answers\""), not(containsString("id=\"form-")) /* auditors only read */));
    }

    @Test
    @TestSecurity(user = "supervisor1", roles = {"supervisor", "analyst", "reviewer"})
    void aSupervisorResendsAnEscalatedCaseAndReopensAClosedOne() {
        CaseFixtures.Approved approved = escalated();
        ConsolePage.get("/console/cases/" + approved.caseId()).then().statusCode(200)
                .body(allOf(containsString("id=\"form-resend\""), containsString("id=\"form-warning-letter\""),
                        containsString("id=\"form-close\""), containsString("for=\"resend-reason\"")));
        String token = ConsolePage.csrf();

        ConsolePage.form(token).formParam("reason", "").post("/console/cases/" + approved.caseId() + "/resend")
                .then().statusCode(400);
        assertEquals("ESCALATED", fixtures.detail(approved.caseId()).getString("state"));

        ConsolePage.form(token).formParam("reason", "The platform fixed its webhook")
                .post("/console/cases/" + approved.caseId() + "/warning-letter")
                .then().statusCode(303).header("Location", endsWith("/console/cases/" + approved.caseId()));
        assertEquals("APPROVED", fixtures.detail(approved.caseId()).getString("state"));
        assertEquals("WARNING_LETTER", fixtures.detail(approved.caseId()).getString("notice.kind"));

        CaseFixtures.Approved other = escalated();
        ConsolePage.form(token).formParam("reason", "Gave up: the account is gone")
                .post("/console/cases/" + other.caseId() + "/close").then().statusCode(303);
        assertEquals("CLOSED", fixtures.detail(other.caseId()).getString("state"));
        ConsolePage.form(token).formParam("reason", "The account is back")
                .post("/console/cases/" + other.caseId() + "/reopen").then().statusCode(303);
        assertEquals("OPEN", fixtures.detail(other.caseId()).getString("state"));
        // reopening an open case is not in the lifecycle
        ConsolePage.form(token).formParam("reason", "again")
                .post("/console/cases/" + other.caseId() + "/reopen").then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "supervisor2", roles = "supervisor")
    void followUpsNeedTheCsrfToken() {
        CaseFixtures.Approved approved = escalated();
        for (String action : new String[] {"resend", "warning-letter", "close"}) {
            ConsolePage.form(null).formParam("reason", "no token")
                    .post("/console/cases/" + approved.caseId() + "/" + action).then().statusCode(400);
        }
        assertEquals("ESCALATED", fixtures.detail(approved.caseId()).getString("state"));
    }

    @Test
    @TestSecurity(user = "analyst1", roles = {"analyst", "reviewer"})
    void onlySupervisorsFollowUp() {
        CaseFixtures.Approved approved = escalated();
        ConsolePage.get("/console/cases/" + approved.caseId()).then().statusCode(200)
                .body(not(containsString("id=\"form-resend\"")));
        String token = ConsolePage.csrf();
        for (String action : new String[] {"resend", "warning-letter", "close", "reopen"}) {
            ConsolePage.form(token).formParam("reason", "not mine")
                    .post("/console/cases/" + approved.caseId() + "/" + action).then().statusCode(403);
        }
        assertEquals("ESCALATED", fixtures.detail(approved.caseId()).getString("state"));
    }

    private static int attemptRows(CaseFixtures.Approved approved) {
        String page = ConsolePage.get("/console/cases/" + approved.caseId()).then().statusCode(200).extract().asString();
        return page.split("<td>" + approved.noticeId() + "</td>", -1).length - 1;
    }

    private CaseFixtures.Approved escalated() {
        CaseFixtures.Approved approved = fixtures.approvedCase("tiktok");
        fixtures.publish(CaseFixtures.status(approved, "tiktok", DeliveryStatus.FAILED, 5));
        fixtures.awaitState(approved.caseId(), "ESCALATED");
        return approved;
    }
}
