package id.pantau.notification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.pantau.notification.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PUT /api/v1/platforms/{platform}/email: who may, what is valid, and the channel order it yields. */
@QuarkusTest
class PlatformEmailTest {

    private static final String PROBLEM = "application/problem+json";
    private static final Map<String, Object> GOOD = Map.of("addresses", List.of("takedown@youtube.example"));

    private static Response put(String token, String platform, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/platforms/{platform}/email", platform);
    }

    private static Map<String, Object> view(String platform) {
        return given().auth().oauth2(Tokens.admin()).when().get("/api/v1/platforms/{platform}", platform)
                .then().statusCode(200).extract().jsonPath().getMap("");
    }

    @Test
    void aPlatformSetsItsOwnAddressesAndAWebhookStaysPreferred() {
        put(Tokens.platform("youtube"), "youtube", Map.of("addresses", List.of("legal@youtube.example", "takedown@youtube.example")))
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("platform", equalTo("youtube"))
                .body("emailAddresses", contains("legal@youtube.example", "takedown@youtube.example"))
                .body("updatedAt", notNullValue());
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("url", "https://hooks.youtube.example/pantau", "secret", "youtube-secret-0123456789"))
                .when().put("/api/v1/platforms/youtube/endpoint").then().statusCode(200)
                .body("channels", contains("WEBHOOK", "EMAIL"));
        given().auth().oauth2(Tokens.supervisor()).when().get("/api/v1/platforms/youtube").then().statusCode(200)
                .body("emailAddresses", contains("legal@youtube.example", "takedown@youtube.example"))
                .body("channels", contains("WEBHOOK", "EMAIL"));
    }

    @Test
    void anAdminMaySetAnyPlatformsAddresses() {
        put(Tokens.admin(), "youtube", GOOD).then().statusCode(200)
                .body("emailAddresses", contains("takedown@youtube.example"));
    }

    @Test
    void withoutATokenIsUnauthorized() {
        given().contentType(ContentType.JSON).body(GOOD).when().put("/api/v1/platforms/youtube/email")
                .then().statusCode(401);
    }

    @Test
    void everyOtherRoleAndPlatformIsForbiddenAndChangesNothing() {
        Object before = view("youtube").get("emailAddresses");
        Map<String, Object> evil = Map.of("addresses", List.of("evil@attacker.example"));
        put(Tokens.analyst(), "youtube", evil).then().statusCode(403);
        put(Tokens.supervisor(), "youtube", evil).then().statusCode(403);
        put(Tokens.auditor(), "youtube", evil).then().statusCode(403);
        put(Tokens.platform("meta"), "youtube", evil).then().statusCode(403).contentType(PROBLEM)
                .body("status", equalTo(403));
        put(Tokens.platform("meta"), "nosuch", evil).then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/platforms/youtube").then()
                .body("emailAddresses", equalTo(before));
    }

    @Test
    void unknownPlatformIsNotFound() {
        put(Tokens.admin(), "friendster", GOOD).then().statusCode(404).contentType(PROBLEM).body("status", equalTo(404));
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        put(Tokens.admin(), "youtube", GOOD).then().statusCode(200);
        Map<String, Object> before = view("youtube");

        Object[] badBodies = {
                Map.of(),
                Map.of("addresses", List.of()),
                Map.of("addresses", List.of("not-an-address")),
                Map.of("addresses", List.of("")),
                Map.of("addresses", List.of("a@b")),
                Map.of("addresses", List.of("two words@youtube.example")),
                Map.of("addresses", List.of("a,b@youtube.example")),
                Map.of("addresses", List.of("x".repeat(250) + "@youtube.example")),
                Map.of("addresses", Collections.nCopies(11, "legal@youtube.example")),
                Map.of("addresses", "legal@youtube.example"),
                Map.of("addresses", 42),
        };
        for (Object body : badBodies) {
            put(Tokens.platform("youtube"), "youtube", body)
                    .then().statusCode(400).contentType(PROBLEM).body("status", equalTo(400));
        }
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        put(Tokens.platform("youtube"), "youtube", Map.of("addresses", withNull)).then().statusCode(400).contentType(PROBLEM);
        given().auth().oauth2(Tokens.platform("youtube")).contentType(ContentType.JSON).body("{\"addresses\": [")
                .when().put("/api/v1/platforms/youtube/email").then().statusCode(400).contentType(PROBLEM);
        given().auth().oauth2(Tokens.platform("youtube")).contentType(ContentType.JSON)
                .when().put("/api/v1/platforms/youtube/email").then().statusCode(400).contentType(PROBLEM);

        Map<String, Object> after = view("youtube");
        assertEquals(before.get("emailAddresses"), after.get("emailAddresses"));
        assertEquals(before.get("updatedAt"), after.get("updatedAt"));
    }
}
