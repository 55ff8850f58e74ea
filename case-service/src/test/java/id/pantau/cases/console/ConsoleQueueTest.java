package id.pantau.cases.console;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.pantau.cases.support.CaseFixtures;
import id.pantau.cases.support.Tokens;
import io.restassured.http.ContentType;
import java.util.Map;
import id.pantau.events.Verdict;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The queue and dashboard pages are the API's queue and statistics; bulk actions check role and CSRF token. */
@QuarkusTest
class ConsoleQueueTest {

    @Inject
    CaseFixtures fixtures;

    @Test
    @TestSecurity(user = "auditor1", roles = "auditor")
    void theQueueIsTheApisQueueFilteredByAccountAndPagedWithItsCursor() {
        String author = "acct-" + UUID.randomUUID();
        String low = fixtures.open(fixtures.classification("tiktok", author, "term.bongkar-bal", Verdict.REVIEW, 1.0, "a"));
        String high = fixtures.open(fixtures.classification("tiktok", author, "term.bongkar-bal", Verdict.VIOLATION, 3.0, "b"));
        String other = fixtures.openCase("tiktok", Verdict.VIOLATION, 3.9);

        String page = ConsolePage.get("/console/queue?account=" + author).then().statusCode(200)
                .body(allOf(containsString(high), containsString(low), not(containsString(other))))
                .extract().asString();
        // the API's order: higher score first
        assertEquals(true, page.indexOf(high) < page.indexOf(low));
        String oldestFirst = ConsolePage.get("/console/queue?sort=oldest&account=" + author).then().statusCode(200)
                .body(containsString("<option value=\"oldest\" selected>")).extract().asString();
        assertEquals(true, oldestFirst.indexOf(low) < oldestFirst.indexOf(high));

        ConsolePage.get("/console/queue?sort=sideways").then().statusCode(400);
        ConsolePage.get("/console/queue?platform=Not+A+Platform").then().statusCode(400);
        ConsolePage.get("/console/queue?after=not-a-cursor").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "reviewer1", roles = "reviewer")
    void theDashboardShowsTheApisStatistics() {
        String platform = "d" + UUID.randomUUID().toString().substring(0, 8);
        fixtures.openCase(platform, Verdict.VIOLATION, 3.0);
        ConsolePage.get("/console/dashboard").then().statusCode(200)
                .body(allOf(containsString("id=\"p-" + platform + "\""), containsString("<svg")));
    }

    @Test
    @TestSecurity(user = "auditor1", roles = "auditor")
    void theDashboardDrawsWeeklySlaComplianceAndContestReasons() {
        var actioned = fixtures.deliveredCase("tiktok");
        String actedAt = fixtures.detail(actioned.caseId()).getString("notice.createdAt");
        given().auth().oauth2(Tokens.platform("tiktok")).contentType(ContentType.JSON)
                .body(Map.of("action", "REMOVED", "reference", "TT-1", "actedAt", actedAt))
                .post("/api/v1/platform/notices/" + actioned.noticeId() + "/action").then().statusCode(200);
        var contested = fixtures.deliveredCase("tiktok");
        given().auth().oauth2(Tokens.platform("tiktok")).contentType(ContentType.JSON)
                .body(Map.of("reasonCode", "ALREADY_REMOVED", "reason", "Gone before the notice came"))
                .post("/api/v1/platform/notices/" + contested.noticeId() + "/contest").then().statusCode(200);

        String page = ConsolePage.get("/console/dashboard").then().statusCode(200).extract().asString();
        String weeks = section(page, "id=\"weeks-table-tiktok\"");
        assertTrue(weeks.matches("(?s).*<td class=\"num\">\\d+/\\d+</td>.*"), weeks);
        assertTrue(section(page, "id=\"contested-table-tiktok\"").contains("ALREADY_REMOVED"));
    }

    private static String section(String page, String marker) {
        int start = page.indexOf(marker);
        assertTrue(start >= 0, marker + " missing");
        return page.substring(start, page.indexOf("</table>", start));
    }

    @Test
    @TestSecurity(user = "analyst1", roles = "analyst")
    void bulkDismissNeedsTheCsrfTokenAndGivesOneResultPerCase() {
        String first = fixtures.openCase("tiktok", Verdict.REVIEW, 1.0);
        String second = fixtures.openCase("tiktok", Verdict.REVIEW, 1.0);

        ConsolePage.form(null).formParam("case", first).formParam("reason", "no token")
                .post("/console/queue/dismiss").then().statusCode(400);
        assertEquals("OPEN", fixtures.detail(first).getString("state"));

        ConsolePage.form(ConsolePage.csrf()).formParam("case", first).formParam("case", second)
                .formParam("reason", "balloons, not clothes")
                .post("/console/queue/dismiss").then().statusCode(200).body(containsString("DISMISSED"));
        assertEquals("DISMISSED", fixtures.detail(first).getString("state"));
        assertEquals("DISMISSED", fixtures.detail(second).getString("state"));
    }

    @Test
    @TestSecurity(user = "auditor1", roles = "auditor")
    void anAuditorMayNotDismiss() {
        String caseId = fixtures.openCase("tiktok", Verdict.REVIEW, 1.0);
        ConsolePage.form(ConsolePage.csrf()).formParam("case", caseId).formParam("reason", "not mine to decide")
                .post("/console/queue/dismiss").then().statusCode(403);
        assertEquals("OPEN", fixtures.detail(caseId).getString("state"));
    }
}
