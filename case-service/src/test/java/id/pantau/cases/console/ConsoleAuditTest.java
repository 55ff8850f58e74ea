package id.pantau.cases.console;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

/** The auditors' page: transparency downloads and the audit-chain verification, for auditors and supervisors only. */
@QuarkusTest
class ConsoleAuditTest {

    @Test
    @TestSecurity(user = "auditor1", roles = "auditor")
    void anAuditorDownloadsTheReportAndVerifiesTheChain() {
        ConsolePage.get("/console/audit").then().statusCode(200)
                .body(allOf(containsString("for=\"t-month\""), containsString("id=\"download-csv\""),
                        not(containsString("id=\"verification\""))));
        ConsolePage.get("/console/audit?verify=true").then().statusCode(200)
                .body(allOf(containsString("id=\"verification\""), containsString("id=\"chain-")));
        ConsolePage.get("/console/audit/transparency?month=2026-11&format=csv").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("transparency-2026-11.csv"))
                .body(startsWith("month,platform,noticesSent,actioned,contested,escalated,medianHoursToAction"));
        ConsolePage.get("/console/audit/transparency?month=2026-11&platform=tiktok&format=json").then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("every { it.platform == 'tiktok' }", equalTo(true));
    }

    @Test
    @TestSecurity(user = "auditor1", roles = "auditor")
    void badReportParametersAreRefused() {
        ConsolePage.get("/console/audit/transparency?format=csv").then().statusCode(400);
        ConsolePage.get("/console/audit/transparency?month=November").then().statusCode(400);
        ConsolePage.get("/console/audit/transparency?month=2026-11&format=xml").then().statusCode(400);
        ConsolePage.get("/console/audit/transparency?month=2026-11&platform=Not+One").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "analyst1", roles = {"analyst", "reviewer"})
    void analystsAndReviewersMayNotAudit() {
        ConsolePage.get("/console/audit").then().statusCode(403);
        ConsolePage.get("/console/audit?verify=true").then().statusCode(403);
        ConsolePage.get("/console/audit/transparency?month=2026-11&format=csv").then().statusCode(403);
        ConsolePage.get("/console/queue").then().statusCode(200).body(not(containsString("id=\"nav-audit\"")));
    }
}
