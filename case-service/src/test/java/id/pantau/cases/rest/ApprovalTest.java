package id.pantau.cases.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.cases.support.CaseFixtures;
import id.pantau.cases.support.Tokens;
import id.pantau.events.CaseStateChanged;
import id.pantau.events.NoticeRequested;
import id.pantau.events.Verdict;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** What an approval publishes, and what two approvals at once leave behind. */
@QuarkusTest
class ApprovalTest {

    @Inject
    CaseFixtures fixtures;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String username;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void anApprovalPublishesNoticeRequestedAndTheStateChange() throws Exception {
        var approved = fixtures.approvedCase("tiktok");
        JsonPath detail = fixtures.detail(approved.caseId());

        var requested = fixtures.events(NoticeRequested.TOPIC,
                e -> approved.caseId().equals(e.key()), CaseFixtures.WAIT);
        assertEquals(1, requested.size());
        assertEquals(NoticeRequested.TYPE, requested.getFirst().type());
        JsonNode notice = json.readTree(requested.getFirst().data());
        assertEquals(approved.noticeId(), notice.get("noticeId").asText());
        assertEquals(approved.caseId(), notice.get("caseId").asText());
        assertEquals(detail.getString("contentId"), notice.get("contentId").asText());
        assertEquals("tiktok", notice.get("platform").asText());
        assertEquals(approved.externalId(), notice.get("externalId").asText());
        assertEquals("Kementerian Koperasi dan UKM Republik Indonesia", notice.get("issuingAuthority").asText());
        assertEquals(detail.getString("legalBasis"), notice.get("legalBasis").asText());
        assertEquals(detail.getString("reason"), notice.get("reason").asText());
        assertEquals("REMOVE", notice.get("requestedAction").asText());
        assertEquals("NORMAL", notice.get("priority").asText());
        assertEquals(detail.getString("evidence[0].sha256"), notice.get("evidenceDigest").asText());
        assertEquals("http://localhost:8083/api/v1/platform/notices/" + approved.noticeId(), notice.get("responseUrl").asText());
        assertEquals(detail.getString("notice.deadline"), notice.get("deadline").asText());

        var approvals = fixtures.events(CaseStateChanged.TOPIC,
                e -> approved.caseId().equals(e.key()) && e.data().contains("\"toState\":\"APPROVED\""), CaseFixtures.WAIT);
        assertEquals(1, approvals.size());
        JsonNode change = json.readTree(approvals.getFirst().data());
        assertEquals("PROPOSED", change.get("fromState").asText());
        assertEquals("reviewer1", change.get("actor").asText());
    }

    @Test
    void twoConcurrentApprovalsOneWinsTheOtherGets409() throws Exception {
        for (int round = 0; round < 3; round++) {
            String caseId = fixtures.openCase("tiktok", Verdict.VIOLATION, 3.0);
            fixtures.propose(caseId, "analyst1");
            String reviewer1 = Tokens.user("reviewer1");
            String supervisor1 = Tokens.user("supervisor1");

            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                var first = CompletableFuture.supplyAsync(() -> approve(start, caseId, reviewer1), pool);
                var second = CompletableFuture.supplyAsync(() -> approve(start, caseId, supervisor1), pool);
                start.countDown();
                List<Response> responses = List.of(first.get(), second.get());
                List<Integer> statuses = responses.stream().map(Response::statusCode).sorted().toList();
                assertEquals(List.of(200, 409), statuses, responses.stream().map(Response::asString)
                        .collect(Collectors.joining("\n")));
                Response loser = responses.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
                assertEquals("application/problem+json", loser.contentType());
                String winner = responses.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow()
                        .jsonPath().getString("approvedBy");

                JsonPath detail = fixtures.detail(caseId);
                assertEquals("APPROVED", detail.getString("state"));
                assertEquals(winner, detail.getString("approvedBy"));
                assertEquals(List.of("OPEN_CASE", "PROPOSE", "APPROVE"), detail.getList("audit.action"));
                assertTrue(detail.getBoolean("auditChainIntact"));
                assertEquals(detail.getString("notice.id"), responses.stream().filter(r -> r.statusCode() == 200)
                        .findFirst().orElseThrow().jsonPath().getString("notice.id"));
                List<String> noticesOfCase = given().auth().oauth2(Tokens.platform("tiktok"))
                        .queryParam("limit", 200).get("/api/v1/platform/notices")
                        .then().statusCode(200).extract().jsonPath()
                        .getList("findAll { it.caseId == '" + caseId + "' }.id");
                assertEquals(List.of(detail.getString("notice.id")), noticesOfCase, "the loser left no notice");
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /**
     * Forces the optimistic-lock path: both approvals have read the case (version n) before either may
     * write it, because this test holds the row lock until PostgreSQL shows both UPDATEs waiting. The
     * second UPDATE then finds version n+1 and must fail as a 409, leaving the winner's work intact.
     */
    @Test
    void aStaleApprovalIsA409AndLosesNothing() throws Exception {
        String caseId = fixtures.openCase("tiktok", Verdict.VIOLATION, 3.0);
        fixtures.propose(caseId, "analyst1");
        String reviewer1 = Tokens.user("reviewer1");
        String supervisor1 = Tokens.user("supervisor1");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Connection lock = DriverManager.getConnection(jdbcUrl, username, password)) {
            lock.setAutoCommit(false);
            try (PreparedStatement select = lock.prepareStatement("select id from takedown_case where id = ? for update")) {
                select.setObject(1, UUID.fromString(caseId));
                select.executeQuery().close();
            }
            CountDownLatch start = new CountDownLatch(1);
            var first = CompletableFuture.supplyAsync(() -> approve(start, caseId, reviewer1), pool);
            var second = CompletableFuture.supplyAsync(() -> approve(start, caseId, supervisor1), pool);
            start.countDown();
            try (Connection observer = DriverManager.getConnection(jdbcUrl, username, password)) {
                await().atMost(CaseFixtures.WAIT).until(() -> updatesWaitingOnALock(observer) == 2);
            }
            lock.rollback();

            List<Response> responses = List.of(first.get(), second.get());
            assertEquals(List.of(200, 409), responses.stream().map(Response::statusCode).sorted().toList(),
                    responses.stream().map(Response::asString).collect(Collectors.joining("\n")));
            Response loser = responses.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
            assertEquals("application/problem+json", loser.contentType());
            // The optimistic lock refused it (not the state check: the loser read PROPOSED).
            assertTrue(loser.jsonPath().getString("detail").contains("changed by someone else"), loser.asString());
            Response winner = responses.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow();

            JsonPath detail = fixtures.detail(caseId);
            assertEquals("APPROVED", detail.getString("state"));
            assertEquals(winner.jsonPath().getString("approvedBy"), detail.getString("approvedBy"));
            assertEquals(List.of("OPEN_CASE", "PROPOSE", "APPROVE"), detail.getList("audit.action"));
            assertEquals(winner.jsonPath().getString("notice.id"), detail.getString("notice.id"));
        } finally {
            pool.shutdownNow();
        }
    }

    private static int updatesWaitingOnALock(Connection connection) throws Exception {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select count(*) from pg_stat_activity"
                        + " where wait_event_type = 'Lock' and query ilike 'update takedown_case%'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static Response approve(CountDownLatch start, String caseId, String token) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return given().auth().oauth2(token).post("/api/v1/cases/" + caseId + "/approve").andReturn();
    }
}
