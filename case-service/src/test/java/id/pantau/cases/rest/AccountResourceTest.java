package id.pantau.cases.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.pantau.cases.support.CaseFixtures;
import id.pantau.cases.support.Tokens;
import id.pantau.events.Verdict;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Cases grouped under the creator's account; a repeat offender's new cases open URGENT. */
@QuarkusTest
class AccountResourceTest {

    @Inject
    CaseFixtures fixtures;

    @Test
    void aRepeatOffendersNewCasesOpenUrgentAndDismissalsDoNotCount() {
        String author = "acct-" + UUID.randomUUID();
        String first = open(author);
        String second = open(author);
        String third = open(author);
        for (String id : List.of(first, second, third)) {
            assertEquals("NORMAL", fixtures.detail(id).getString("priority"));
            assertFalse(fixtures.detail(id).getBoolean("repeatOffender"));
        }
        given().auth().oauth2(Tokens.user("analyst1")).contentType(ContentType.JSON).body(Map.of("reason", "false positive"))
                .post("/api/v1/cases/" + second + "/dismiss").then().statusCode(200);
        String fourth = open(author);
        assertEquals("NORMAL", fixtures.detail(fourth).getString("priority"), "two counted cases, threshold 3");
        String fifth = open(author);
        assertEquals("URGENT", fixtures.detail(fifth).getString("priority"));
        assertTrue(fixtures.detail(fifth).getBoolean("repeatOffender"));

        JsonPath account = given().auth().oauth2(Tokens.user("auditor1"))
                .get("/api/v1/accounts/tiktok/" + author).then().statusCode(200).extract().jsonPath();
        assertEquals(5, account.getInt("cases"));
        assertEquals(4, account.getInt("countedCases"));
        assertEquals(Map.of("DISMISSED", 1, "OPEN", 4), account.getMap("byState"));
        assertTrue(account.getBoolean("repeatOffender"));
        assertEquals(3, account.getInt("repeatOffenderThreshold"));
        assertEquals("handle-" + author, account.getString("authorHandle"));
        assertEquals(List.of(fifth, fourth, third, second, first), account.getList("history.id"));
    }

    @Test
    void anAccountBelowTheThresholdIsNoRepeatOffender() {
        String author = "acct-" + UUID.randomUUID();
        open(author);
        given().auth().oauth2(Tokens.user("analyst1")).get("/api/v1/accounts/tiktok/" + author)
                .then().statusCode(200)
                .body("cases", org.hamcrest.Matchers.equalTo(1))
                .body("repeatOffender", org.hamcrest.Matchers.equalTo(false));
    }

    @Test
    void unknownAccountsAre404AndBadPlatforms400() {
        given().auth().oauth2(Tokens.user("analyst1")).get("/api/v1/accounts/tiktok/nobody-" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.user("analyst1")).get("/api/v1/accounts/TikTok!/someone")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.user("analyst1")).get("/api/v1/accounts/tiktok/" + "x".repeat(257))
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void onlyMinistryRolesReadAccounts() {
        given().get("/api/v1/accounts/tiktok/someone").then().statusCode(401);
        given().auth().oauth2(Tokens.platform("tiktok")).get("/api/v1/accounts/tiktok/someone").then().statusCode(403);
        given().auth().oauth2(Tokens.user("admin1")).get("/api/v1/accounts/tiktok/someone").then().statusCode(403);
    }

    private String open(String author) {
        return fixtures.open(fixtures.classification("tiktok", author, "term.bongkar-bal", Verdict.REVIEW, 1.0, "Bal"));
    }
}
