package id.pantau.classifier.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.pantau.classifier.TestSupport;
import id.pantau.commons.problem.Problem;
import id.pantau.local.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClassifyResourceTest {

    private static final String PROMOTION = "Bongkar bal impor Korea hari ini! Thrifting murah mulai 10rb";

    @Test
    void analystGetsAVerdictWithItsExplanation() {
        given().auth().oauth2(TestSupport.userToken(KeycloakTokens.ANALYST))
                .contentType(ContentType.JSON)
                .body(Map.of("text", PROMOTION))
                .when().post("/api/v1/classify")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("verdict", equalTo("VIOLATION"))
                .body("score", greaterThan(0.99f))
                .body("ruleScore", equalTo(5.0f))
                .body("modelVersion", equalTo(id.pantau.classifier.model.Trainer.VERSION))
                .body("modelProbability", greaterThan(0.99f))
                .body("ruleSetId", equalTo("second-hand-clothing"))
                .body("ruleSetVersion", equalTo(2))
                .body("matches.ruleId", contains("bale-opening", "bale-import", "thrifting"))
                .body("matches.term", contains("bongkar bal", "bal impor", "thrifting"))
                .body("matches.start", contains(0, 8, 34))
                .body("matches.end", contains(11, 17, 43))
                .body("matches.weight", contains(2.0f, 2.0f, 1.0f));
    }

    @Test
    void evasionIsCaughtAndItsSpansPointAtWhatWasWritten() {
        // "h!dden g3m" is read as "hidden gem", "b4l impor" as "bal impor"; offsets are into the text as sent.
        given().auth().oauth2(TestSupport.userToken(KeycloakTokens.ANALYST))
                .contentType(ContentType.JSON)
                .body(Map.of("text", "h!dden g3m jaket, b4l impor #pecahbalmedan"))
                .when().post("/api/v1/classify")
                .then().statusCode(200)
                .body("verdict", equalTo("VIOLATION"))
                .body("matches.term", contains("hidden gem ~ jaket", "bal impor", "pecah bal"))
                .body("matches.start", contains(0, 18, 29))
                .body("matches.end", contains(16, 27, 37));
    }

    @Test
    void legitimatePostIsClearAndExplainsTheExclusion() {
        given().auth().oauth2(TestSupport.userToken(KeycloakTokens.REVIEWER))
                .contentType(ContentType.JSON)
                .body(Map.of("text", "Razia pakaian bekas impor di Bandung, 500 bal dimusnahkan"))
                .when().post("/api/v1/classify")
                .then().statusCode(200)
                .body("verdict", equalTo("CLEAR"))
                .body("ruleScore", equalTo(0.0f))
                .body("score", lessThan(0.13f))
                .body("matches.ruleId", contains("enforcement-news", "used-clothing-import", "enforcement-news"))
                .body("matches.weight", contains(-2.0f, 2.0f, -2.0f));
    }

    @Test
    void unrelatedTextHasNoMatches() {
        given().auth().oauth2(TestSupport.userToken(KeycloakTokens.SUPERVISOR))
                .contentType(ContentType.JSON)
                .body(Map.of("text", "Hidden gem cafe di Bogor, kopinya enak"))
                .when().post("/api/v1/classify")
                .then().statusCode(200)
                .body("verdict", equalTo("CLEAR"))
                .body("matches", empty());
    }

    @Test
    void crawlerAndPlatformClientsMayPreScreen() {
        for (String client : new String[] {KeycloakTokens.CRAWLER, KeycloakTokens.TIKTOK}) {
            given().auth().oauth2(TestSupport.clientToken(client))
                    .contentType(ContentType.JSON)
                    .body(Map.of("text", "hidden gem thrift jaket vintage di Pasar Senen"))
                    .when().post("/api/v1/classify")
                    .then().statusCode(200)
                    .body("verdict", equalTo("VIOLATION"))
                    .body("matches.term", contains("hidden gem ~ thrift", "thrift"));
        }
    }

    @Test
    void preScreeningStoresAndPublishesNothing() {
        String marker = UUID.randomUUID().toString();
        long classifications = TestSupport.count("select count(*) from classification");
        given().auth().oauth2(TestSupport.userToken(KeycloakTokens.ANALYST))
                .contentType(ContentType.JSON)
                .body(Map.of("text", PROMOTION + " " + marker))
                .when().post("/api/v1/classify")
                .then().statusCode(200)
                .body("verdict", equalTo("VIOLATION"));
        assertEquals(classifications, TestSupport.count("select count(*) from classification"));
        assertEquals(0, TestSupport.count("select count(*) from outbox_message where payload like ?", "%" + marker + "%"));
    }

    @Test
    void withoutTokenIs401() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", PROMOTION))
                .when().post("/api/v1/classify")
                .then().statusCode(401);
    }

    @Test
    void rolesWithoutPreScreeningAre403() {
        for (String user : new String[] {KeycloakTokens.ADMIN, KeycloakTokens.AUDITOR}) {
            given().auth().oauth2(TestSupport.userToken(user))
                    .contentType(ContentType.JSON)
                    .body(Map.of("text", PROMOTION))
                    .when().post("/api/v1/classify")
                    .then().statusCode(403);
        }
    }

    @Test
    void missingTextIs400() {
        badRequest("{}").body("errors.field", hasItem("text"));
    }

    @Test
    void nullTextIs400() {
        badRequest("{\"text\": null}").body("errors.field", hasItem("text"));
    }

    @Test
    void blankTextIs400() {
        badRequest("{\"text\": \"  \\n \"}").body("errors.field", hasItem("text"));
    }

    @Test
    void textAboveTheDocumentedLimitIs413() {
        given().auth().oauth2(TestSupport.userToken(KeycloakTokens.ANALYST))
                .contentType(ContentType.JSON)
                .body(Map.of("text", "a".repeat(65_537)))
                .when().post("/api/v1/classify")
                .then().statusCode(413)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(413))
                .body("detail", containsString("65536"));
    }

    @Test
    void longestAllowedTextIsAccepted() {
        given().auth().oauth2(TestSupport.userToken(KeycloakTokens.ANALYST))
                .contentType(ContentType.JSON)
                .body(Map.of("text", "bongkar bal ".repeat(5461) + "abcd"))
                .when().post("/api/v1/classify")
                .then().statusCode(200)
                .body("verdict", equalTo("VIOLATION"));
    }

    @Test
    void missingBodyIs400() {
        given().auth().oauth2(TestSupport.userToken(KeycloakTokens.ANALYST))
                .contentType(ContentType.JSON)
                .when().post("/api/v1/classify")
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void malformedJsonIs400() {
        badRequest("{\"text\": \"bongkar bal");
    }

    @Test
    void textOfTheWrongTypeIs400() {
        badRequest("{\"text\": {\"nested\": true}}").body("errors.field", hasItem("text"));
    }

    @Test
    void bodyThatIsNotAnObjectIs400() {
        badRequest("[\"bongkar bal\"]");
    }

    @Test
    void wrongMediaTypeIs415() {
        given().auth().oauth2(TestSupport.userToken(KeycloakTokens.ANALYST))
                .contentType(ContentType.TEXT)
                .body("bongkar bal")
                .when().post("/api/v1/classify")
                .then().statusCode(415)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void verdictsAreCounted() {
        given().auth().oauth2(TestSupport.userToken(KeycloakTokens.ANALYST))
                .contentType(ContentType.JSON)
                .body(Map.of("text", PROMOTION))
                .when().post("/api/v1/classify")
                .then().statusCode(200);
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("pantau_verdicts_total{source=\"api\",verdict=\"VIOLATION\"}"));
    }

    private static io.restassured.response.ValidatableResponse badRequest(Object body) {
        return given().auth().oauth2(TestSupport.userToken(KeycloakTokens.ANALYST))
                .contentType(ContentType.JSON)
                .body(body)
                .when().post("/api/v1/classify")
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(400));
    }
}
