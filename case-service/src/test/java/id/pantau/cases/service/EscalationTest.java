package id.pantau.cases.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.cases.support.CaseFixtures;
import id.pantau.cases.support.Tokens;
import id.pantau.events.CaseStateChanged;
import id.pantau.local.MovableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The SLA scheduler's pass, driven directly (the schedule is off in tests) with the clock moved past
 * deadlines instead of waiting for them.
 */
@QuarkusTest
class EscalationTest {

    private static final Duration PAST_A_NORMAL_DEADLINE = Duration.ofHours(24).plusMinutes(1);

    @Inject
    CaseFixtures fixtures;

    @Inject
    MovableClock clock;

    @Inject
    SlaEscalation escalation;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String username;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    private static String uniquePlatform() {
        return "esc" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anOverdueCaseIsEscalatedBySystemWithAuditEntryAndEvent() throws Throwable {
        var overdue = fixtures.deliveredCase("tiktok");
        clock.advance(PAST_A_NORMAL_DEADLINE);
        var notYetDue = fixtures.deliveredCase("tiktok");

        List<UUID> escalated = pass();
        assertTrue(escalated.contains(UUID.fromString(overdue.caseId())));
        assertFalse(escalated.contains(UUID.fromString(notYetDue.caseId())));

        JsonPath detail = fixtures.detail(overdue.caseId());
        assertEquals("ESCALATED", detail.getString("state"));
        assertEquals("DEADLINE_PASSED", detail.getString("audit[4].action"));
        assertEquals("system", detail.getString("audit[4].actor"));
        assertEquals("NOTICE_SENT", detail.getString("audit[4].fromState"));
        assertEquals("SLA deadline passed", detail.getString("audit[4].reason"));
        assertTrue(detail.getBoolean("auditChainIntact"));
        assertEquals("NOTICE_SENT", fixtures.detail(notYetDue.caseId()).getString("state"));

        var events = fixtures.events(CaseStateChanged.TOPIC, e -> overdue.caseId().equals(e.key())
                && e.data().contains("\"toState\":\"ESCALATED\""), CaseFixtures.WAIT);
        assertEquals(1, events.size());
        JsonNode change = json.readTree(events.getFirst().data());
        assertEquals("system", change.get("actor").asText());
        assertEquals("SLA deadline passed", change.get("reason").asText());

        assertFalse(pass().contains(UUID.fromString(overdue.caseId())));
        assertEquals(5, fixtures.detail(overdue.caseId()).getList("audit").size(), "a second pass adds nothing");
        given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("pantau_sla_breaches_total{platform=\"tiktok\"}"));
    }

    @Test
    void twoConcurrentPassesEscalateEachCaseExactlyOnce() throws Exception {
        String platform = uniquePlatform();
        List<String> caseIds = IntStream.range(0, 6)
                .mapToObj(i -> i % 2 == 0 ? fixtures.approvedCase(platform).caseId() : fixtures.deliveredCase(platform).caseId())
                .toList();
        clock.advance(PAST_A_NORMAL_DEADLINE);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<UUID> all = new ArrayList<>();
        try {
            var first = CompletableFuture.supplyAsync(() -> passAfter(start), pool);
            var second = CompletableFuture.supplyAsync(() -> passAfter(start), pool);
            start.countDown();
            all.addAll(first.get());
            all.addAll(second.get());
        } finally {
            pool.shutdownNow();
        }

        for (String caseId : caseIds) {
            assertEquals(1, all.stream().filter(UUID.fromString(caseId)::equals).count(), "escalated by one pass: " + caseId);
            JsonPath detail = fixtures.detail(caseId);
            assertEquals("ESCALATED", detail.getString("state"));
            List<String> actions = detail.getList("audit.action");
            assertEquals(1, actions.stream().filter("DEADLINE_PASSED"::equals).count(), actions.toString());
            assertTrue(detail.getBoolean("auditChainIntact"));
        }
        for (String caseId : caseIds) {
            assertEquals(1, fixtures.events(CaseStateChanged.TOPIC, e -> caseId.equals(e.key())
                    && e.data().contains("\"toState\":\"ESCALATED\""), CaseFixtures.WAIT).size());
        }
        given().auth().oauth2(Tokens.user("auditor1")).get("/api/v1/platform-records/" + platform)
                .then().statusCode(200).body("slaBreaches", equalTo(6)).body("warningLevel", equalTo("THIRD"))
                .body("warnings.level", equalTo(List.of("FIRST", "SECOND", "THIRD")));
    }

    /** A case another transaction holds is skipped, not waited for, and escalated by a later pass. */
    @Test
    void aLockedCaseIsSkippedAndEscalatedOnceFree() throws Throwable {
        var overdue = fixtures.deliveredCase("meta");
        clock.advance(PAST_A_NORMAL_DEADLINE);
        try (Connection lock = DriverManager.getConnection(jdbcUrl, username, password)) {
            lock.setAutoCommit(false);
            try (PreparedStatement select = lock.prepareStatement("select id from takedown_case where id = ? for update")) {
                select.setObject(1, UUID.fromString(overdue.caseId()));
                select.executeQuery().close();
            }
            assertFalse(pass().contains(UUID.fromString(overdue.caseId())));
            assertEquals("NOTICE_SENT", fixtures.detail(overdue.caseId()).getString("state"));
            lock.rollback();
        }
        assertTrue(pass().contains(UUID.fromString(overdue.caseId())));
        assertEquals("ESCALATED", fixtures.detail(overdue.caseId()).getString("state"));
    }

    @Test
    void aContestedCaseIsNotEscalatedWhileTheMinistryOwesAnAnswer() throws Throwable {
        var delivered = fixtures.deliveredCase("tiktok");
        given().auth().oauth2(Tokens.platform("tiktok")).contentType(ContentType.JSON).body(Map.of("reason", "which law?"))
                .post("/api/v1/platform/notices/" + delivered.noticeId() + "/clarification-request")
                .then().statusCode(200);
        clock.advance(PAST_A_NORMAL_DEADLINE);
        assertFalse(pass().contains(UUID.fromString(delivered.caseId())));
        assertEquals("CONTESTED", fixtures.detail(delivered.caseId()).getString("state"));

        // Clarified at once: the deadline moved by the whole pause, so the case is not overdue yet.
        given().auth().oauth2(Tokens.user("supervisor2")).contentType(ContentType.JSON).body(Map.of("reason", "UU 7/2014"))
                .post("/api/v1/cases/" + delivered.caseId() + "/clarify").then().statusCode(200);
        assertFalse(pass().contains(UUID.fromString(delivered.caseId())));
        assertEquals("APPROVED", fixtures.detail(delivered.caseId()).getString("state"));
        clock.advance(PAST_A_NORMAL_DEADLINE);
        assertTrue(pass().contains(UUID.fromString(delivered.caseId())));
    }

    @Test
    void repeatedBreachesClimbTheWarningLadderOneLetterPerStep() throws Throwable {
        String platform = uniquePlatform();
        given().auth().oauth2(Tokens.user("supervisor2")).get("/api/v1/platform-records/" + platform)
                .then().statusCode(200).body("slaBreaches", equalTo(0)).body("warningLevel", equalTo("NONE"));
        List<String> levels = new ArrayList<>();
        for (int breach = 1; breach <= 4; breach++) {
            String caseId = fixtures.approvedCase(platform).caseId();
            clock.advance(PAST_A_NORMAL_DEADLINE);
            pass();
            JsonPath standing = given().auth().oauth2(Tokens.user("supervisor2"))
                    .get("/api/v1/platform-records/" + platform).then().statusCode(200).extract().jsonPath();
            assertEquals(breach, standing.getInt("slaBreaches"));
            assertEquals(caseId, standing.getString("lastBreachCaseId"));
            levels.add(standing.getString("warningLevel"));
        }
        assertEquals(List.of("FIRST", "SECOND", "THIRD", "THIRD"), levels);
        given().auth().oauth2(Tokens.user("auditor1")).get("/api/v1/platform-records/" + platform)
                .then().body("warnings.level", equalTo(List.of("FIRST", "SECOND", "THIRD")))
                .body("warnings.breachCount", equalTo(List.of(1, 2, 3)));
        given().auth().oauth2(Tokens.user("auditor1")).get("/api/v1/platform-records")
                .then().statusCode(200).body("find { it.platform == '" + platform + "' }.slaBreaches", equalTo(4));
    }

    @Test
    void platformRecordsAreForSupervisorsAndAuditors() {
        given().get("/api/v1/platform-records").then().statusCode(401);
        given().get("/api/v1/platform-records/tiktok").then().statusCode(401);
        for (String user : List.of("analyst1", "reviewer1", "admin1")) {
            given().auth().oauth2(Tokens.user(user)).get("/api/v1/platform-records").then().statusCode(403);
            given().auth().oauth2(Tokens.user(user)).get("/api/v1/platform-records/tiktok").then().statusCode(403);
        }
        given().auth().oauth2(Tokens.platform("tiktok")).get("/api/v1/platform-records/tiktok").then().statusCode(403);
        given().auth().oauth2(Tokens.user("auditor1")).get("/api/v1/platform-records/Not_A_Platform!")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private List<UUID> pass() throws Throwable {
        return VertxContextSupport.subscribeAndAwait(escalation::escalateOverdue);
    }

    private List<UUID> passAfter(CountDownLatch start) {
        try {
            start.await();
            return pass();
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
