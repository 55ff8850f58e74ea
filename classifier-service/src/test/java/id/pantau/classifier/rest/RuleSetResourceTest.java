package id.pantau.classifier.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import id.pantau.classifier.TestSupport;
import id.pantau.local.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RuleSetResourceTest {

    @Test
    void ministryRolesSeeTheActiveRuleSet() {
        for (String user : new String[] {KeycloakTokens.ANALYST, KeycloakTokens.REVIEWER, KeycloakTokens.SUPERVISOR,
                KeycloakTokens.AUDITOR, KeycloakTokens.ADMIN}) {
            given().auth().oauth2(TestSupport.userToken(user))
                    .when().get("/api/v1/rulesets/active")
                    .then().statusCode(200)
                    .contentType(ContentType.JSON)
                    .body("id", equalTo("second-hand-clothing"))
                    .body("version", equalTo(4))
                    .body("policy", notNullValue())
                    .body("thresholds.violation", equalTo(2.0f))
                    .body("thresholds.review", equalTo(1.0f));
        }
    }

    @Test
    void rulesAreDescribedWithKindWeightAndTerms() {
        given().auth().oauth2(TestSupport.userToken(KeycloakTokens.AUDITOR))
                .when().get("/api/v1/rulesets/active")
                .then().statusCode(200)
                .body("rules.id", hasItems("bale-opening", "hidden-gem-clothing", "enforcement-news"))
                .body("rules.kind", hasItems("terms", "proximity", "exclusion"))
                .body("rules.find { it.id == 'bale-opening' }.weight", equalTo(2.0f))
                .body("rules.find { it.id == 'bale-opening' }.terms", hasItem("bongkar bal"))
                .body("rules.find { it.id == 'bale-opening' }.window", nullValue())
                .body("rules.find { it.id == 'hidden-gem-clothing' }.near", hasItem("jaket"))
                .body("rules.find { it.id == 'hidden-gem-clothing' }.window", equalTo(5))
                .body("rules.find { it.id == 'enforcement-news' }.terms", hasItem("razia"))
                .body("rules[0].keySet()", not(hasItem("signedWeight")));
    }

    @Test
    void withoutTokenIs401() {
        given().when().get("/api/v1/rulesets/active").then().statusCode(401);
    }

    @Test
    void ingestorsSeeTheActiveRuleSet() {
        // The crawler client holds the realm role "ingestor", as ingestion-service's own account does.
        given().auth().oauth2(TestSupport.clientToken(KeycloakTokens.CRAWLER))
                .when().get("/api/v1/rulesets/active")
                .then().statusCode(200)
                .body("version", equalTo(4))
                .body("rules.find { it.id == 'bale-opening' }.terms", hasItem("bongkar bal"));
    }

    @Test
    void platformsAre403() {
        given().auth().oauth2(TestSupport.clientToken(KeycloakTokens.TIKTOK))
                .when().get("/api/v1/rulesets/active")
                .then().statusCode(403);
        given().auth().oauth2(TestSupport.clientToken(KeycloakTokens.META))
                .when().get("/api/v1/rulesets/active")
                .then().statusCode(403);
    }
}
