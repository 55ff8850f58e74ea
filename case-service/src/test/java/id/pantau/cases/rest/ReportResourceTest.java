package id.pantau.cases.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.pantau.cases.support.CaseFixtures;
import id.pantau.cases.support.Tokens;
import id.pantau.events.DeliveryStatus;
import id.pantau.events.Verdict;
import id.pantau.cases.service.SlaEscalation;
import id.pantau.local.MovableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Statistics and the transparency report. The clock only moves forward, so each test moves it past
 * everything earlier tests created and counts only what it creates itself (a window, or a fresh month).
 */
@QuarkusTest
class ReportResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String PLATFORM = "youtube";

    @Inject
    CaseFixtures fixtures;

    @Inject
    MovableClock clock;

    @Inject
    SlaEscalation escalation;

    @Test
    void statisticsCountStatesMedianTimeToActionSlaComplianceAndBacklog() throws Throwable {
        clock.advance(Duration.ofDays(1));
        Instant from = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var a = fixtures.deliveredCase(PLATFORM);
        var b = fixtures.deliveredCase(PLATFORM);
        var ignored = fixtures.deliveredCase(PLATFORM);
        fixtures.openCase(PLATFORM, Verdict.REVIEW, 1.0);
        clock.advance(Duration.ofHours(5));
        act(a, Duration.ofHours(2));
        act(b, Duration.ofHours(4));
        clock.advance(Duration.ofHours(20));
        assertTrue(VertxContextSupport.subscribeAndAwait(escalation::escalateOverdue)
                .contains(java.util.UUID.fromString(ignored.caseId())));

        JsonPath stats = given().auth().oauth2(Tokens.user("supervisor1")).queryParam("from", from.toString())
                .get("/api/v1/statistics").then().statusCode(200).extract().jsonPath();
        assertEquals(Map.of("ACTIONED", 2, "ESCALATED", 1, "OPEN", 1), byState(stats));
        assertEquals(3.0, stats.getDouble("timeToAction.find { it.platform == 'youtube' }.medianHours"), 1e-6);
        assertEquals(2, stats.getInt("timeToAction.find { it.platform == 'youtube' }.noticesActioned"));
        assertEquals(2, stats.getInt("slaCompliance.find { it.platform == 'youtube' }.met"));
        assertEquals(1, stats.getInt("slaCompliance.find { it.platform == 'youtube' }.breached"));
        assertEquals(2.0 / 3, stats.getDouble("slaCompliance.find { it.platform == 'youtube' }.compliance"), 1e-6);
        assertEquals(1, stats.getInt("backlog.find { it.platform == 'youtube' }.cases"));
        double age = stats.getDouble("backlog.find { it.platform == 'youtube' }.medianAgeHours");
        assertTrue(age >= 25.0 && age < 26.0, "backlog age " + age);
    }

    @Test
    void theMonthlyReportCountsWhatHappenedInTheMonthAsJsonAndCsv() {
        YearMonth month = YearMonth.from(clock.instant().atZone(ZoneOffset.UTC)).plusMonths(2);
        clock.advance(Duration.between(clock.instant(), month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(1))));
        var actioned = fixtures.deliveredCase(PLATFORM);
        var quick = fixtures.deliveredCase(PLATFORM);
        var slow = fixtures.deliveredCase(PLATFORM);
        var contested = fixtures.deliveredCase(PLATFORM);
        var failed = fixtures.approvedCase(PLATFORM);
        var late = fixtures.deliveredCase(PLATFORM);
        clock.advance(Duration.ofHours(5));
        // 0.5 h, 1.5 h and 4 h: the median is 1.5, the mean would be 2.
        act(actioned, Duration.ofMinutes(90));
        act(quick, Duration.ofMinutes(30));
        act(slow, Duration.ofHours(4));
        given().auth().oauth2(Tokens.platform(PLATFORM)).contentType(ContentType.JSON)
                .body(Map.of("reasonCode", "NOT_ILLEGAL", "reason", "new stock"))
                .post("/api/v1/platform/notices/" + contested.noticeId() + "/contest").then().statusCode(200);
        fixtures.publish(CaseFixtures.status(failed, PLATFORM, DeliveryStatus.FAILED, 5));
        fixtures.awaitState(failed.caseId(), "ESCALATED");

        JsonPath report = given().auth().oauth2(Tokens.user("auditor1"))
                .queryParam("month", month.toString()).queryParam("platform", PLATFORM)
                .get("/api/v1/reports/transparency").then().statusCode(200).contentType(ContentType.JSON)
                .extract().jsonPath();
        assertEquals(1, report.getList("$").size());
        assertEquals(month.toString(), report.getString("[0].month"));
        assertEquals(6, report.getInt("[0].noticesSent"));
        assertEquals(3, report.getInt("[0].actioned"));
        assertEquals(1, report.getInt("[0].contested"));
        assertEquals(1, report.getInt("[0].escalated"));
        assertEquals(1.5, report.getDouble("[0].medianHoursToAction"), 1e-6);

        String expected = "month,platform,noticesSent,actioned,contested,escalated,medianHoursToAction\n"
                + month + ",youtube,6,3,1,1,1.5\n";
        String csv = given().auth().oauth2(Tokens.user("supervisor2"))
                .queryParam("month", month.toString()).queryParam("platform", PLATFORM).queryParam("format", "csv")
                .get("/api/v1/reports/transparency").then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asString();
        assertEquals(expected, csv);
        String negotiated = given().auth().oauth2(Tokens.user("supervisor2")).accept("text/csv")
                .queryParam("month", month.toString()).queryParam("platform", PLATFORM)
                .get("/api/v1/reports/transparency").then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asString();
        assertEquals(expected, negotiated);
        // Every platform with activity in the month, one row each.
        List<String> platforms = given().auth().oauth2(Tokens.user("auditor1")).queryParam("month", month.toString())
                .get("/api/v1/reports/transparency").then().statusCode(200).extract().jsonPath().getList("platform");
        assertTrue(platforms.contains(PLATFORM), platforms.toString());

        // Answered in the next month: counted there, and the month already reported does not change.
        YearMonth next = month.plusMonths(1);
        clock.advance(Duration.between(clock.instant(), next.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(1))));
        Instant issued = Instant.parse(fixtures.detail(late.caseId()).getString("notice.createdAt"));
        act(late, Duration.between(issued, clock.instant().minus(Duration.ofMinutes(10))));
        assertEquals(expected, given().auth().oauth2(Tokens.user("auditor1")).queryParam("month", month.toString())
                .queryParam("platform", PLATFORM).queryParam("format", "csv")
                .get("/api/v1/reports/transparency").then().statusCode(200).extract().asString());
        JsonPath following = given().auth().oauth2(Tokens.user("auditor1")).queryParam("month", next.toString())
                .queryParam("platform", PLATFORM).get("/api/v1/reports/transparency").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(0, following.getInt("[0].noticesSent"));
        assertEquals(1, following.getInt("[0].actioned"));
        assertEquals(0, following.getInt("[0].escalated"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"platform=youtube", "month=2026-13", "month=November", "month=2026-11&format=xml",
            "month=2026-11&platform=You+Tube"})
    void badReportParametersAre400(String query) {
        given().auth().oauth2(Tokens.user("auditor1")).get("/api/v1/reports/transparency?" + query)
                .then().statusCode(400).contentType(PROBLEM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"from=soon", "from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z"})
    void badStatisticsParametersAre400(String query) {
        given().auth().oauth2(Tokens.user("auditor1")).get("/api/v1/statistics?" + query)
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void reportsNeedTheirRoles() {
        given().get("/api/v1/statistics").then().statusCode(401);
        given().get("/api/v1/reports/transparency?month=2026-11").then().statusCode(401);
        given().auth().oauth2(Tokens.platform(PLATFORM)).get("/api/v1/statistics").then().statusCode(403);
        for (String user : List.of("analyst1", "reviewer1", "admin1")) {
            given().auth().oauth2(Tokens.user(user)).get("/api/v1/reports/transparency?month=2026-11").then().statusCode(403);
        }
        given().auth().oauth2(Tokens.user("analyst1")).get("/api/v1/statistics").then().statusCode(200)
                .body("computedAt", org.hamcrest.Matchers.notNullValue());
    }

    private void act(CaseFixtures.Approved approved, Duration afterNotice) {
        Instant issued = Instant.parse(fixtures.detail(approved.caseId()).getString("notice.createdAt"));
        given().auth().oauth2(Tokens.platform(PLATFORM)).contentType(ContentType.JSON)
                .body(Map.of("action", "REMOVED", "reference", "YT-" + approved.externalId(),
                        "actedAt", issued.plus(afterNotice).toString()))
                .post("/api/v1/platform/notices/" + approved.noticeId() + "/action")
                .then().statusCode(200).body("state", equalTo("ACTIONED"));
    }

    private static Map<String, Integer> byState(JsonPath stats) {
        List<Map<String, Object>> rows = stats.getList("casesByPlatformAndState.findAll { it.platform == 'youtube' }");
        return rows.stream().collect(java.util.stream.Collectors.toMap(r -> (String) r.get("state"),
                r -> ((Number) r.get("cases")).intValue()));
    }
}
