package id.pantau.classifier.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.pantau.classifier.TestSupport;
import id.pantau.commons.problem.Problem;
import id.pantau.local.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EvaluateResourceTest {

    private static final String NDJSON = "application/x-ndjson";

    private static final String SET = """
            {"text": "Bongkar bal impor Korea hari ini!", "label": "VIOLATION", "category": "plain"}
            {"text": "B0NGK4R B4L malam ini jam 7", "label": "VIOLATION", "category": "obfuscated"}
            {"text": "Awul-awul Sukawati buka lagi, jaket cuma 25rb", "label": "VIOLATION", "category": "regional"}

            {"text": "Razia pakaian bekas impor di Bandung", "label": "CLEAR", "category": "news"}
            {"text": "hidden gem cafe di Bogor", "label": "CLEAR", "id": "ignored-key"}
            {"text": "Bongkar bal sapi di kandang", "label": "CLEAR", "category": "hay"}
            """;

    private static io.restassured.response.ValidatableResponse evaluate(String user, int version, String body) {
        return given().auth().oauth2(TestSupport.userToken(user)).contentType(NDJSON)
                .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/v1/rulesets/" + version + "/evaluate").then();
    }

    @Test
    void reportsPrecisionRecallConfusionCategoriesAndMisses() {
        long stored = TestSupport.count("select count(*) from classification");
        // The shipped version 4: its exclusions clear the raid news and the hay post the model alone doubts.
        evaluate(KeycloakTokens.ANALYST, 4, SET).statusCode(200)
                .body("ruleSetVersion", equalTo(4))
                .body("evaluation.items", equalTo(6))
                .body("evaluation.precision", equalTo(1.0f))
                .body("evaluation.recall", equalTo(1.0f))
                .body("evaluation.confusion.CLEAR.CLEAR", equalTo(3))
                .body("evaluation.misclassified", empty());
        // The draft version 3, decided as the service would decide with it (rules and model combined): all 3
        // violations caught; without v4's hay words and with weaker news exclusions the raid news goes to REVIEW
        // and the hay post is a false VIOLATION.
        evaluate(KeycloakTokens.SUPERVISOR, 3, SET).statusCode(200)
                .body("ruleSetVersion", equalTo(3))
                .body("modelVersion", equalTo(id.pantau.classifier.model.Trainer.VERSION))
                .body("evaluation.items", equalTo(6))
                .body("evaluation.precision", equalTo(0.75f))
                .body("evaluation.recall", equalTo(1.0f))
                .body("evaluation.f1", equalTo(0.8571f))
                .body("evaluation.confusion.VIOLATION.VIOLATION", equalTo(3))
                .body("evaluation.confusion.CLEAR.REVIEW", equalTo(1))
                .body("evaluation.confusion.CLEAR.VIOLATION", equalTo(1))
                .body("evaluation.confusion.CLEAR.CLEAR", equalTo(1))
                .body("evaluation.categories.find { it.category == 'obfuscated' }.recall", equalTo(1.0f))
                .body("evaluation.categories.find { it.category == 'regional' }.recall", equalTo(1.0f))
                .body("evaluation.misclassified.line", equalTo(java.util.List.of(5, 7)))
                .body("evaluation.misclassified[0].verdict", equalTo("REVIEW"))
                .body("evaluation.misclassified[1].firedRules", hasItem("bale-opening"));
        assertEquals(stored, TestSupport.count("select count(*) from classification"));
    }

    @Test
    void badLinesAre400NamingEachLine() {
        String bad = """
                {"text": "ok", "label": "CLEAR"}
                not json
                {"text": "x", "label": "SPAM"}
                ["text"]
                {"label": "VIOLATION"}
                {"text": "x", "label": "CLEAR", "category": 7}
                """;
        evaluate(KeycloakTokens.ANALYST, 2, bad).statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors.field", equalTo(java.util.List.of("line 2", "line 3", "line 4", "line 5", "line 6")))
                .body("errors[1].message", equalTo("label must be \"VIOLATION\" or \"CLEAR\""));
        evaluate(KeycloakTokens.ANALYST, 2, "\n\n").statusCode(400).body("errors", hasSize(1));
        evaluate(KeycloakTokens.ANALYST, 2, "{\"text\": \"" + "a".repeat(65_537) + "\", \"label\": \"CLEAR\"}")
                .statusCode(400).body("errors[0].field", equalTo("line 1"));
    }

    @Test
    void unknownVersionIs404AndAnInvalidOneIs422() {
        evaluate(KeycloakTokens.ANALYST, 99_999, SET).statusCode(404).contentType(Problem.MEDIA_TYPE);
        int draft = given().auth().oauth2(TestSupport.userToken(KeycloakTokens.ANALYST)).contentType("application/json")
                .body("{\"id\": \"second-hand-clothing\"}").when().post("/api/v1/rulesets")
                .then().statusCode(201).extract().path("version");
        evaluate(KeycloakTokens.ANALYST, draft, SET).statusCode(422).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void evaluatingIsForAnalystsAndSupervisors() {
        given().contentType(NDJSON).body(SET.getBytes(java.nio.charset.StandardCharsets.UTF_8)).when().post("/api/v1/rulesets/2/evaluate").then().statusCode(401);
        for (String user : new String[] {KeycloakTokens.REVIEWER, KeycloakTokens.AUDITOR, KeycloakTokens.ADMIN}) {
            evaluate(user, 2, SET).statusCode(403);
        }
        given().auth().oauth2(TestSupport.clientToken(KeycloakTokens.TIKTOK)).contentType(NDJSON)
                .body(SET.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/v1/rulesets/2/evaluate").then().statusCode(403);
        given().auth().oauth2(TestSupport.userToken(KeycloakTokens.ANALYST)).contentType("application/json").body(SET)
                .when().post("/api/v1/rulesets/2/evaluate").then().statusCode(415);
    }
}
