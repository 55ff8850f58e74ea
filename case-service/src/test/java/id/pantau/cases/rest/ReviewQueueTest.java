package id.pantau.cases.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.pantau.cases.support.CaseFixtures;
import id.pantau.cases.support.Tokens;
import id.pantau.events.Verdict;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The review queue (order, filters, cursor) and bulk decisions. Each test uses its own platform name. */
@QuarkusTest
class ReviewQueueTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    CaseFixtures fixtures;

    private static String uniquePlatform() {
        return "q" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theQueueIsOrderedByPriorityScoreAndAgeAndPagedByCursor() {
        String platform = uniquePlatform();
        String a = fixtures.open(fixtures.classification(platform, "a1", "rule.a", Verdict.REVIEW, 1.0, "Thrift"));
        String b = fixtures.open(fixtures.classification(platform, "a2", "rule.b", Verdict.VIOLATION, 3.0, "Bal"));
        String c = fixtures.open(fixtures.classification(platform, "a3", "rule.c", Verdict.VIOLATION, 5.0, "Bal"));
        String d = fixtures.open(fixtures.classification(platform, "a4", "rule.d", Verdict.VIOLATION, 3.0, "Bal"));
        assertEquals(List.of(c, b, d, a), ids(queue(Map.of("platform", platform))));

        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(Tokens.user("analyst1")).queryParam("platform", platform)
                    .queryParam("state", "OPEN").queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/v1/cases").then().statusCode(200).extract().response();
            walked.addAll(page.jsonPath().getList("id"));
            cursor = page.header("X-Next-Cursor");
        } while (cursor != null);
        assertEquals(List.of(c, b, d, a), walked);
    }

    @Test
    void theQueueSortsByAgeOrScoreAndEachOrderPagesByItsOwnCursor() {
        String platform = uniquePlatform();
        String a = fixtures.open(fixtures.classification(platform, "s1", "rule.a", Verdict.REVIEW, 1.0, "Thrift"));
        String b = fixtures.open(fixtures.classification(platform, "s2", "rule.b", Verdict.VIOLATION, 3.0, "Bal"));
        String c = fixtures.open(fixtures.classification(platform, "s3", "rule.c", Verdict.VIOLATION, 5.0, "Bal"));
        String d = fixtures.open(fixtures.classification(platform, "s4", "rule.d", Verdict.VIOLATION, 3.0, "Bal"));
        assertEquals(List.of(d, c, b, a), ids(queue(Map.of("platform", platform, "sort", "newest"))));
        assertEquals(List.of(a, b, c, d), ids(queue(Map.of("platform", platform, "sort", "OLDEST"))));
        assertEquals(List.of(c, b, d, a), ids(queue(Map.of("platform", platform, "sort", "score"))));
        assertEquals(List.of(c, b, d, a), ids(queue(Map.of("platform", platform, "sort", "priority"))));

        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(Tokens.user("analyst1")).queryParam("platform", platform)
                    .queryParam("sort", "newest").queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/v1/cases").then().statusCode(200).extract().response();
            walked.addAll(page.jsonPath().getList("id"));
            cursor = page.header("X-Next-Cursor");
            if (cursor != null) {
                // a cursor follows the order it was made for, never silently another one
                given().auth().oauth2(Tokens.user("analyst1")).queryParam("platform", platform)
                        .queryParam("sort", "oldest").queryParam("cursor", cursor).get("/api/v1/cases")
                        .then().statusCode(400).contentType(PROBLEM);
            }
        } while (cursor != null);
        assertEquals(List.of(d, c, b, a), walked);
    }

    @Test
    void theQueueFiltersByAccountRuleTextStateAndDate() {
        String platform = uniquePlatform();
        String rule = "rule." + UUID.randomUUID();
        String a = fixtures.open(fixtures.classification(platform, "acct-1", "rule.x", Verdict.REVIEW, 1.0, "Sepatu bekas"));
        String b = fixtures.open(fixtures.classification(platform, "acct-2", rule, Verdict.REVIEW, 1.0, "Bongkar karung"));
        String c = fixtures.open(fixtures.classification(platform, "acct-1", "rule.x", Verdict.REVIEW, 1.0, "Hidden gem"));
        assertEquals(List.of(a, c), ids(queue(Map.of("platform", platform, "authorId", "acct-1"))));
        assertEquals(List.of(b), ids(queue(Map.of("ruleId", rule))));
        assertEquals(List.of(c), ids(queue(Map.of("platform", platform, "q", "hidden GEM"))));
        assertEquals(List.of(), ids(queue(Map.of("platform", platform, "q", "100%_"))));
        String bCreated = fixtures.detail(b).getString("createdAt");
        String cCreated = fixtures.detail(c).getString("createdAt");
        assertEquals(List.of(b, c), ids(queue(Map.of("platform", platform, "from", bCreated))));
        assertEquals(List.of(a), ids(queue(Map.of("platform", platform, "to", bCreated))));
        assertEquals(List.of(b), ids(queue(Map.of("platform", platform, "from", bCreated, "to", cCreated))));
        given().auth().oauth2(Tokens.user("analyst1")).contentType(ContentType.JSON).body(Map.of("reason", "not clothing"))
                .post("/api/v1/cases/" + a + "/dismiss").then().statusCode(200);
        assertEquals(List.of(a), ids(queue(Map.of("platform", platform, "state", "DISMISSED"))));
        assertEquals(List.of(b, c), ids(queue(Map.of("platform", platform, "state", "OPEN"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"platform=TikTok", "from=yesterday", "to=2026-11-01", "cursor=!!!", "cursor=Zm9v",
            "from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z", "state=LOST", "sort=sideways"})
    void badQueueParametersAre400(String query) {
        given().auth().oauth2(Tokens.user("analyst1")).get("/api/v1/cases?" + query)
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void aTooLongTextSearchIs400() {
        given().auth().oauth2(Tokens.user("analyst1")).queryParam("q", "x".repeat(201)).get("/api/v1/cases")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void bulkProposeAndDismissAnswerPerCase() {
        String platform = uniquePlatform();
        String one = fixtures.open(fixtures.classification(platform, "b1", "rule.b", Verdict.REVIEW, 1.0, "Bal"));
        String two = fixtures.open(fixtures.classification(platform, "b2", "rule.b", Verdict.REVIEW, 1.0, "Bal"));
        String unknown = UUID.randomUUID().toString();
        var results = given().auth().oauth2(Tokens.user("analyst1")).contentType(ContentType.JSON)
                .body(Map.of("caseIds", List.of(one, unknown, two, "nope"), "legalBasis", "uu-7-2014-art-47-1",
                        "reason", "Promotes imported used clothing"))
                .post("/api/v1/cases/bulk/propose")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(one, unknown, two, "nope"), results.getList("caseId"));
        assertEquals(List.of(200, 404, 200, 404), results.getList("status"));
        assertEquals("PROPOSED", results.getString("[0].state"));
        assertEquals("PROPOSED", fixtures.detail(two).getString("state"));
        assertEquals("uu-7-2014-art-47-1", fixtures.detail(two).getString("legalBasisId"));

        given().auth().oauth2(Tokens.user("analyst1")).contentType(ContentType.JSON)
                .body(Map.of("caseIds", List.of(one), "legalBasis", "uu-7-2014-art-47-1", "reason", "again"))
                .post("/api/v1/cases/bulk/propose")
                .then().statusCode(200).body("[0].status", equalTo(409));

        var dismissed = given().auth().oauth2(Tokens.user("reviewer1")).contentType(ContentType.JSON)
                .body(Map.of("caseIds", List.of(one, two), "reason", "False positives: new stock"))
                .post("/api/v1/cases/bulk/dismiss")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(200, 200), dismissed.getList("status"));
        assertEquals(List.of("DISMISSED", "DISMISSED"), dismissed.getList("state"));
        assertNull(dismissed.getString("[0].detail"));
    }

    @Test
    void badBulkRequestsAre400AndChangeNothing() {
        String platform = uniquePlatform();
        String one = fixtures.open(fixtures.classification(platform, "c1", "rule.c", Verdict.REVIEW, 1.0, "Bal"));
        List<String> tooMany = new ArrayList<>();
        IntStream.range(0, 101).forEach(i -> tooMany.add(UUID.randomUUID().toString()));
        for (Map<String, Object> body : List.<Map<String, Object>>of(
                Map.of("caseIds", List.of(one), "legalBasis", "gdpr-art-17", "reason", "x"),
                Map.of("caseIds", List.of(one, one), "legalBasis", "uu-7-2014-art-47-1", "reason", "x"),
                Map.of("caseIds", List.of(), "legalBasis", "uu-7-2014-art-47-1", "reason", "x"),
                Map.of("caseIds", tooMany, "legalBasis", "uu-7-2014-art-47-1", "reason", "x"),
                Map.of("caseIds", List.of(one), "legalBasis", "uu-7-2014-art-47-1"))) {
            given().auth().oauth2(Tokens.user("analyst1")).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/cases/bulk/propose").then().statusCode(400).contentType(PROBLEM);
        }
        given().auth().oauth2(Tokens.user("analyst1")).contentType(ContentType.JSON).body(Map.of("caseIds", List.of(one)))
                .post("/api/v1/cases/bulk/dismiss").then().statusCode(400).contentType(PROBLEM);
        assertEquals("OPEN", fixtures.detail(one).getString("state"));
        assertEquals(1, fixtures.detail(one).getList("audit").size());
    }

    @Test
    void bulkDecisionsNeedTheirRoles() {
        Map<String, Object> propose = Map.of("caseIds", List.of(UUID.randomUUID().toString()),
                "legalBasis", "uu-7-2014-art-47-1", "reason", "x");
        Map<String, Object> dismiss = Map.of("caseIds", List.of(UUID.randomUUID().toString()), "reason", "x");
        given().contentType(ContentType.JSON).body(propose).post("/api/v1/cases/bulk/propose").then().statusCode(401);
        given().contentType(ContentType.JSON).body(dismiss).post("/api/v1/cases/bulk/dismiss").then().statusCode(401);
        // supervisor1 also holds analyst and reviewer in the realm, so it may do both; supervisor2 neither.
        for (String user : List.of("reviewer1", "supervisor2", "auditor1", "admin1")) {
            given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON).body(propose)
                    .post("/api/v1/cases/bulk/propose").then().statusCode(403);
        }
        for (String user : List.of("supervisor2", "auditor1", "admin1")) {
            given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON).body(dismiss)
                    .post("/api/v1/cases/bulk/dismiss").then().statusCode(403);
        }
        given().auth().oauth2(Tokens.platform("tiktok")).contentType(ContentType.JSON).body(dismiss)
                .post("/api/v1/cases/bulk/dismiss").then().statusCode(403);
    }

    private static Response queue(Map<String, String> params) {
        return given().auth().oauth2(Tokens.user("reviewer1")).queryParams(params).queryParam("limit", 200)
                .get("/api/v1/cases").then().statusCode(200).extract().response();
    }

    private static List<String> ids(Response response) {
        return response.jsonPath().getList("id");
    }
}
