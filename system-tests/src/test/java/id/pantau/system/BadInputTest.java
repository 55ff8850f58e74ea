package id.pantau.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Bad input across the suite gets a 4xx problem+json, and whatever was accepted before it is still
 * there afterwards: its content, its case, and no double.
 */
class BadInputTest {

    private static final Suite suite = Suite.get();

    @Test
    void badContentIsRefusedAndAcceptedContentIsKept() {
        String externalId = "keep" + UUID.randomUUID().toString().substring(0, 8);
        String url = "https://www.tiktok.com/@seller/video/" + externalId;
        String contentId = submit(valid(externalId, url)).then().statusCode(202).extract().path("id");

        // malformed JSON
        given().auth().oauth2(suite.token("crawler")).contentType(ContentType.JSON).body("{\"platform\": \"tiktok\",")
                .post(suite.ingestion() + "/api/v1/content")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        // unknown platform
        Map<String, Object> unknownPlatform = valid("x1" + externalId, url);
        unknownPlatform.put("platform", "myspace");
        expectProblem(submit(unknownPlatform));
        // oversized text: above ingestion's 64 KB per text field
        Map<String, Object> oversized = valid("x2" + externalId, url);
        oversized.put("text", "thrifting ".repeat(7_000));
        expectProblem(submit(oversized));
        // missing field
        Map<String, Object> missing = valid("x3" + externalId, url);
        missing.remove("externalId");
        expectProblem(submit(missing));

        // nothing lost, nothing doubled: the accepted item is still there, its case opens once
        given().auth().oauth2(suite.token("analyst1")).get(suite.ingestion() + "/api/v1/content/" + contentId)
                .then().statusCode(200).body("id", equalTo(contentId));
        submit(valid(externalId, url)).then().statusCode(200).body("id", equalTo(contentId));
        String caseId = TakedownFlowTest.awaitCase(externalId);

        // bad input on the case API changes nothing either
        given().auth().oauth2(suite.token("analyst1")).contentType(ContentType.JSON).body(Map.of("reason", "no legal basis"))
                .post(suite.cases() + "/api/v1/cases/" + caseId + "/propose")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(suite.token("analyst1")).contentType(ContentType.JSON).body("not json")
                .post(suite.cases() + "/api/v1/cases/" + caseId + "/propose")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(suite.token("reviewer1")).contentType(ContentType.JSON).body(Map.of())
                .post(suite.cases() + "/api/v1/cases/" + caseId + "/approve")
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(suite.token("analyst1")).get(suite.cases() + "/api/v1/cases/" + caseId)
                .then().statusCode(200).body("state", equalTo("OPEN"));

        // an unknown platform's endpoint does not exist
        given().auth().oauth2(suite.token("admin1")).contentType(ContentType.JSON)
                .body(Map.of("url", "https://example.invalid/hook", "secret", "0123456789abcdef0123"))
                .put(suite.notification() + "/api/v1/platforms/myspace/endpoint")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void everyApiNeedsAToken() {
        given().contentType(ContentType.JSON).body(valid("anon", "https://www.tiktok.com/@a/video/1"))
                .post(suite.ingestion() + "/api/v1/content").then().statusCode(401);
        given().get(suite.cases() + "/api/v1/cases").then().statusCode(401);
        given().get(suite.cases() + "/api/v1/platform/notices").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("text", "thrifting"))
                .post(suite.classifier() + "/api/v1/classify").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("url", "https://example.invalid/hook", "secret", "0123456789abcdef"))
                .put(suite.notification() + "/api/v1/platforms/tiktok/endpoint").then().statusCode(401);
        // and the wrong role is refused: a platform cannot read the ministry's case list
        given().auth().oauth2(suite.token("tiktok")).get(suite.cases() + "/api/v1/cases").then().statusCode(403);
    }

    private static void expectProblem(io.restassured.response.Response response) {
        response.then().statusCode(greaterThanOrEqualTo(400)).statusCode(lessThan(500))
                .contentType("application/problem+json").body("title", notNullValue());
    }

    private static io.restassured.response.Response submit(Map<String, Object> body) {
        return given().auth().oauth2(suite.token("crawler")).contentType(ContentType.JSON).body(body)
                .post(suite.ingestion() + "/api/v1/content");
    }

    private static Map<String, Object> valid(String externalId, String url) {
        Map<String, Object> body = new HashMap<>();
        body.put("platform", "tiktok");
        body.put("externalId", externalId);
        body.put("url", url);
        body.put("authorId", "author-" + externalId);
        body.put("authorHandle", "seller");
        body.put("text", "Buka bal impor Jepang, thrifting hoodie murah!");
        body.put("postedAt", "2026-11-28T09:00:00Z");
        return body;
    }
}
