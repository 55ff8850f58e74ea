package id.pantau.cases.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.pantau.cases.support.CaseFixtures;
import id.pantau.cases.support.Tokens;
import id.pantau.events.Verdict;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class SlaPolicyResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String POLICIES = "/api/v1/sla-policies";

    @Inject
    CaseFixtures fixtures;

    private static String uniquePlatform() {
        return "sla" + UUID.randomUUID().toString().substring(0, 8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"supervisor1", "supervisor2", "auditor1"})
    void anUnconfiguredPlatformHasTheDefaults(String user) {
        given().auth().oauth2(Tokens.user(user)).get(POLICIES + "/" + uniquePlatform())
                .then().statusCode(200)
                .body("normal", equalTo("PT24H")).body("urgent", equalTo("PT4H"))
                .body("source", equalTo("DEFAULT")).body("updatedBy", nullValue());
    }

    @Test
    void aSupervisorSetsAPolicyAndApprovalsUseIt() {
        String platform = uniquePlatform();
        given().auth().oauth2(Tokens.user("supervisor2")).contentType(ContentType.JSON)
                .body(Map.of("normal", "PT10H", "urgent", "PT90M"))
                .put(POLICIES + "/" + platform)
                .then().statusCode(200)
                .body("platform", equalTo(platform)).body("normal", equalTo("PT10H")).body("urgent", equalTo("PT1H30M"))
                .body("source", equalTo("PLATFORM")).body("updatedBy", equalTo("supervisor2"));
        given().auth().oauth2(Tokens.user("auditor1")).get(POLICIES)
                .then().statusCode(200).body("platform", hasItem(platform));
        given().auth().oauth2(Tokens.user("auditor1")).get(POLICIES + "/" + platform)
                .then().statusCode(200).body("normal", equalTo("PT10H"));

        JsonPath normal = approve(fixtures.openCase(platform, Verdict.VIOLATION, 3.0));
        assertEquals(Instant.parse(normal.getString("notice.createdAt")).plus(Duration.ofHours(10)),
                Instant.parse(normal.getString("notice.deadline")));
        assertEquals(normal.getString("notice.deadline"), normal.getString("slaDeadline"));
        JsonPath urgent = approve(fixtures.openCase(platform, Verdict.VIOLATION, 4.5));
        assertEquals(Instant.parse(urgent.getString("notice.createdAt")).plus(Duration.ofMinutes(90)),
                Instant.parse(urgent.getString("notice.deadline")));

        given().auth().oauth2(Tokens.user("supervisor2")).contentType(ContentType.JSON)
                .body(Map.of("normal", "PT48H", "urgent", "PT8H"))
                .put(POLICIES + "/" + platform)
                .then().statusCode(200).body("normal", equalTo("PT48H"));
        JsonPath changed = approve(fixtures.openCase(platform, Verdict.VIOLATION, 3.0));
        assertEquals(Instant.parse(changed.getString("notice.createdAt")).plus(Duration.ofHours(48)),
                Instant.parse(changed.getString("notice.deadline")));
    }

    @Test
    void readingNeedsSupervisorOrAuditor() {
        String platform = uniquePlatform();
        given().get(POLICIES).then().statusCode(401);
        given().get(POLICIES + "/" + platform).then().statusCode(401);
        for (String user : List.of("analyst1", "reviewer1", "admin1")) {
            given().auth().oauth2(Tokens.user(user)).get(POLICIES).then().statusCode(403);
            given().auth().oauth2(Tokens.user(user)).get(POLICIES + "/" + platform).then().statusCode(403);
        }
        given().auth().oauth2(Tokens.platform("tiktok")).get(POLICIES + "/tiktok").then().statusCode(403);
    }

    @Test
    void onlyASupervisorSetsAPolicy() {
        String platform = uniquePlatform();
        Map<String, String> body = Map.of("normal", "PT1H", "urgent", "PT1H");
        given().contentType(ContentType.JSON).body(body).put(POLICIES + "/" + platform).then().statusCode(401);
        for (String user : List.of("analyst1", "reviewer1", "auditor1", "admin1")) {
            given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON).body(body)
                    .put(POLICIES + "/" + platform).then().statusCode(403);
        }
        given().auth().oauth2(Tokens.platform("tiktok")).contentType(ContentType.JSON).body(body)
                .put(POLICIES + "/tiktok").then().statusCode(403);
        assertDefault(platform);
    }

    @Test
    void everyBadPolicyIsA400ProblemAndStoresNothing() {
        String platform = uniquePlatform();
        List<Object> bodies = List.of(
                Map.of("normal", "24h", "urgent", "PT4H"),
                Map.of("normal", "PT24H", "urgent", "four hours"),
                Map.of("normal", "PT0S", "urgent", "PT0S"),
                Map.of("normal", "-PT24H", "urgent", "PT4H"),
                Map.of("normal", "P31D", "urgent", "PT4H"),
                Map.of("normal", "PT24H", "urgent", "PT1.5S"),
                Map.of("normal", "PT4H", "urgent", "PT24H"),
                Map.of("normal", "PT24H"),
                Map.of("urgent", "PT4H"),
                Map.of("normal", " ", "urgent", "PT4H"),
                Map.of("normal", 24, "urgent", "PT4H"),
                "{\"normal\":",
                "[]",
                "");
        for (Object body : bodies) {
            given().auth().oauth2(Tokens.user("supervisor2")).contentType(ContentType.JSON).body(body)
                    .put(POLICIES + "/" + platform)
                    .then().statusCode(400).contentType(PROBLEM).body("status", equalTo(400));
        }
        for (String badName : List.of("TikTok", "tik%20tok", "x".repeat(33), "-tiktok")) {
            given().auth().oauth2(Tokens.user("supervisor2")).contentType(ContentType.JSON)
                    .body(Map.of("normal", "PT1H", "urgent", "PT1H"))
                    .put(POLICIES + "/" + badName)
                    .then().statusCode(400).contentType(PROBLEM);
            given().auth().oauth2(Tokens.user("auditor1")).get(POLICIES + "/" + badName)
                    .then().statusCode(400).contentType(PROBLEM);
        }
        assertDefault(platform);
    }

    private void assertDefault(String platform) {
        given().auth().oauth2(Tokens.user("auditor1")).get(POLICIES + "/" + platform)
                .then().statusCode(200).body("source", equalTo("DEFAULT"));
        given().auth().oauth2(Tokens.user("auditor1")).get(POLICIES)
                .then().statusCode(200).body("platform", org.hamcrest.Matchers.not(hasItem(platform)));
    }

    private JsonPath approve(String caseId) {
        fixtures.propose(caseId, "analyst1");
        return given().auth().oauth2(Tokens.user("reviewer1")).post("/api/v1/cases/" + caseId + "/approve")
                .then().statusCode(200).extract().jsonPath();
    }
}
