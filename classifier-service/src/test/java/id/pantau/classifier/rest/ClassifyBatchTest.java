package id.pantau.classifier.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import id.pantau.classifier.TestSupport;
import id.pantau.commons.problem.Problem;
import id.pantau.local.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClassifyBatchTest {

    private static final String BATCH = "/api/v1/classify/batch";

    private static List<Map<String, String>> texts(String... texts) {
        List<Map<String, String>> items = new ArrayList<>();
        for (String text : texts) {
            items.add(Map.of("text", text));
        }
        return items;
    }

    @Test
    void eachItemGetsItsDecisionInOrder() {
        given().auth().oauth2(TestSupport.clientToken(KeycloakTokens.TIKTOK)).contentType(ContentType.JSON)
                .body(texts("Bongkar bal impor Korea hari ini!", "hidden gem cafe di Bogor", "Thrifting haul hari ini"))
                .when().post(BATCH)
                .then().statusCode(200)
                .body("classified", equalTo(3))
                .body("failed", equalTo(0))
                .body("results.index", equalTo(List.of(0, 1, 2)))
                .body("results.status", equalTo(List.of(200, 200, 200)))
                // "Thrifting haul" is REVIEW for the rules alone (score 1); the model calls it a violation (p 0.89).
                .body("results.result.verdict", equalTo(List.of("VIOLATION", "CLEAR", "VIOLATION")))
                .body("results[0].result.matches[0].start", equalTo(0))
                .body("results.result.modelVersion", everyItem(equalTo(id.pantau.classifier.model.Trainer.VERSION)))
                .body("results[0].result.modelProbability", greaterThan(0.99f))
                .body("results[0].result.ruleScore", equalTo(5.0f))
                .body("results[0].result.firedRules.ruleId",
                        equalTo(List.of("bale-opening", "bale-import", "origin-words", "used-from-abroad")))
                .body("results[0].result.firedRules[0].category", equalTo("trade_term"))
                .body("results[0].problem", nullValue());
    }

    @Test
    void aBadItemGetsItsOwnProblemAndTheOthersAreClassified() {
        List<Map<String, String>> items = new ArrayList<>(texts("bongkar bal", " ", "x".repeat(65_537)));
        items.add(Collections.singletonMap("text", null));
        given().auth().oauth2(TestSupport.userToken(KeycloakTokens.ANALYST)).contentType(ContentType.JSON)
                .body(items)
                .when().post(BATCH)
                .then().statusCode(200)
                .body("classified", equalTo(1))
                .body("failed", equalTo(3))
                .body("results.status", equalTo(List.of(200, 400, 413, 400)))
                .body("results[1].problem.detail", equalTo("text must not be blank"))
                .body("results[1].result", nullValue());
    }

    @Test
    void aThousandItemsAreAcceptedAndOneMoreIs413() {
        String[] thousand = new String[1000];
        java.util.Arrays.fill(thousand, "Ready thr!ft impor Korea, DM aja kak");
        given().auth().oauth2(TestSupport.clientToken(KeycloakTokens.CRAWLER)).contentType(ContentType.JSON)
                .body(texts(thousand))
                .when().post(BATCH)
                .then().statusCode(200).body("classified", equalTo(1000)).body("results", hasSize(1000));
        String[] tooMany = new String[1001];
        java.util.Arrays.fill(tooMany, "a");
        given().auth().oauth2(TestSupport.clientToken(KeycloakTokens.CRAWLER)).contentType(ContentType.JSON)
                .body(texts(tooMany))
                .when().post(BATCH)
                .then().statusCode(413).contentType(Problem.MEDIA_TYPE).body("status", equalTo(413));
    }

    @Test
    void badBatchesAre400() {
        for (String bad : new String[] {"[]", "{\"text\": \"bongkar bal\"}", "not json", "[1, 2]", "null"}) {
            given().auth().oauth2(TestSupport.userToken(KeycloakTokens.ANALYST)).contentType(ContentType.JSON).body(bad)
                    .when().post(BATCH)
                    .then().statusCode(400).contentType(Problem.MEDIA_TYPE);
        }
        given().auth().oauth2(TestSupport.userToken(KeycloakTokens.ANALYST)).contentType(ContentType.TEXT).body("[]")
                .when().post(BATCH).then().statusCode(415);
    }

    @Test
    void batchIsForPlatformsAnalystsAndIngestors() {
        given().contentType(ContentType.JSON).body(texts("a")).when().post(BATCH).then().statusCode(401);
        // supervisor1 also holds the analyst role in the realm, so it may send batches as an analyst.
        for (String user : new String[] {KeycloakTokens.REVIEWER, KeycloakTokens.AUDITOR, KeycloakTokens.ADMIN}) {
            given().auth().oauth2(TestSupport.userToken(user)).contentType(ContentType.JSON).body(texts("a"))
                    .when().post(BATCH).then().statusCode(403);
        }
    }
}
