package id.pantau.classifier.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
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
                .body("ruleScore", equalTo(7.0f))
                .body("modelVersion", equalTo(id.pantau.classifier.model.Trainer.VERSION))
                .body("modelProbability", greaterThan(0.99f))
                .body("ruleSetId", equalTo("second-hand-clothing"))
                .body("ruleSetVersion", equalTo(4))
                .body("matches.ruleId", hasItems("bale-opening", "bale-import", "thrifting", "used-from-abroad"))
                .body("matches.find { it.ruleId == 'bale-opening' }.term", equalTo("bongkar bal"))
                .body("matches.find { it.ruleId == 'bale-import' }.term", equalTo("bal impor"))
                .body("matches.find { it.ruleId == 'bale-import' }.start", equalTo(8))
                .body("matches.find { it.ruleId == 'bale-import' }.end", equalTo(17))
                .body("matches.find { it.ruleId == 'thrifting' }.start", equalTo(34))
                .body("matches.find { it.ruleId == 'thrifting' }.end", equalTo(43))
                .body("matches.find { it.ruleId == 'thrifting' }.weight", equalTo(1.0f))
                // a co-occurrence spans from its first term to its second
                .body("matches.find { it.term == 'bongkar bal ~ korea' }.end", equalTo(23));
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
                .body("matches.term", hasItems("hidden gem ~ jaket", "bal impor", "pecah bal"))
                .body("matches.find { it.term == 'hidden gem ~ jaket' }.start", equalTo(0))
                .body("matches.find { it.term == 'hidden gem ~ jaket' }.end", equalTo(16))
                .body("matches.find { it.term == 'bal impor' }.start", equalTo(18))
                .body("matches.find { it.term == 'bal impor' }.end", equalTo(27))
                .body("matches.find { it.term == 'pecah bal' }.start", equalTo(29))
                .body("matches.find { it.term == 'pecah bal' }.end", equalTo(37));
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
                .body("score", lessThan((float) id.pantau.classifier.model.Combination.CHOSEN.review()))
                .body("matches.ruleId", contains("enforcement-news", "used-clothing-import", "enforcement-news"))
                .body("matches.weight", contains(-3.0f, 2.0f, -3.0f));
    }

    @Test
    void unrelatedTextHasNoMatches() {
        given().auth().oauth2(TestSupport.userToken(KeycloakTokens.SUPERVISOR))
                .contentType(ContentType.JSON)
                .body(Map.of("text", "Selamat pagi, cuaca di Bogor cerah sekali hari ini"))
                .when().post("/api/v1/classify")
                .then().statusCode(200)
                .body("verdict", equalTo("CLEAR"))
                .body("matches", empty());
        // A hidden-gem cafe is explained by the exclusion that cleared it.
        given().auth().oauth2(TestSupport.userToken(KeycloakTokens.SUPERVISOR))
                .contentType(ContentType.JSON)
                .body(Map.of("text", "Hidden gem cafe di Bogor, kopinya enak"))
                .when().post("/api/v1/classify")
                .then().statusCode(200)
                .body("verdict", equalTo("CLEAR"))
                .body("matches.ruleId", everyItem(equalTo("hidden-gem-place")))
                .body("matches.term", contains("cafe", "kopinya"))
                .body("firedRules[0].weight", equalTo(-2.5f));
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
                    .body("matches.term", hasItems("hidden gem ~ thrift", "thrift"));
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
