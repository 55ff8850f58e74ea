package id.pantau.classifier.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import id.pantau.classifier.TestSupport;
import id.pantau.commons.problem.Problem;
import id.pantau.local.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The "Bad input" list over REST: a clear 4xx or a correct verdict, never a 500, never a hang. */
@QuarkusTest
class BadInputTest {

    private static io.restassured.response.ValidatableResponse classify(String body) {
        return given().auth().oauth2(TestSupport.userToken(KeycloakTokens.ANALYST))
                .contentType(ContentType.JSON.withCharset(StandardCharsets.UTF_8))
                .body(body)
                .when().post("/api/v1/classify")
                .then();
    }

    private static String json(String text) {
        return "{\"text\": " + io.vertx.core.json.Json.encode(text) + "}";
    }

    @Test
    void emptyTextIs400() {
        classify(json("")).statusCode(400).contentType(Problem.MEDIA_TYPE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "only emoji|🔥🔥👗👕💯🛍️|CLEAR",
            "only hashtags|#ootd #viral #fyp #foryou|CLEAR",
            "fashion hashtags are doubtful|#ootd #fashion #viral #fyp|REVIEW",
            "hashtags that are promotions|#bongkarbal #thrifting|VIOLATION",
            "right-to-left text|\u202Eلاب راكغنوب\u202C ملابس مستعملة|CLEAR",
            "right-to-left marks inside a promotion|bon\u200Fgkar\u200E bal impor|VIOLATION",
            "control characters|bongkar\u0000\u0007\u001B bal\u0008 impor|VIOLATION",
    })
    void oddButValidTextGetsACorrectVerdict(String what, String text, String verdict) {
        classify(json(text)).statusCode(200).body("verdict", equalTo(verdict))
                .body("matches.end", everyItem(lessThanOrEqualTo(text.length())));
    }

    @Test
    void invalidSurrogatesAreReadAsSeparators() {
        // A lone high and a lone low surrogate, escaped as JSON allows; the words around them still count.
        classify("{\"text\": \"bongkar\\uD800bal \\uDC00impor\"}").statusCode(200).body("verdict", equalTo("VIOLATION"));
        classify("{\"text\": \"\\uD83D\"}").statusCode(200).body("verdict", equalTo("CLEAR"));
    }

    @Test
    void tenThousandRepetitionsOfOneLetterAreClear() {
        classify(json("a".repeat(10_000))).statusCode(200).body("verdict", equalTo("CLEAR"));
        classify(json("l".repeat(10_000))).statusCode(200).body("verdict", equalTo("CLEAR"));
    }

    @Test
    void theLongestAllowedPathologicalTextsAreQuick() {
        classify(json("t-h-r-i-f-t ".repeat(5_461))).statusCode(200);
        classify(json("b4l1".repeat(16_384))).statusCode(200);
    }

    @Test
    void oneMegabyteIs413() {
        classify(json("bongkar bal ".repeat(87_382))).statusCode(413).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(413));
    }

    @Test
    void evenInABatchAMegabyteIsRefusedForThatItem() {
        given().auth().oauth2(TestSupport.userToken(KeycloakTokens.ANALYST)).contentType(ContentType.JSON)
                .body(java.util.List.of(Map.of("text", "x".repeat(1_048_576)), Map.of("text", "bongkar bal")))
                .when().post("/api/v1/classify/batch")
                .then().statusCode(200).body("results.status", equalTo(java.util.List.of(413, 200)));
    }
}
