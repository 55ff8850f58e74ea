package id.pantau.notification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.pantau.notification.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlatformEndpointTest {

    private static final String PROBLEM = "application/problem+json";

    private static String secret() {
        return "s3cret-" + UUID.randomUUID();
    }

    private static Response put(String token, String platform, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/platforms/{platform}/endpoint", platform);
    }

    @Test
    void aPlatformRegistersItsOwnEndpointAndNeverSeesTheSecretAgain() {
        String secret = secret();
        String url = "https://hooks.tiktok.example/pantau/" + UUID.randomUUID();
        String putBody = put(Tokens.platform("tiktok"), "tiktok", Map.of("url", url, "secret", secret))
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("platform", equalTo("tiktok"))
                .body("displayName", equalTo("TikTok"))
                .body("webhookUrl", equalTo(url))
                .body("secretConfigured", equalTo(true))
                .body("updatedAt", notNullValue())
                .body("secret", nullValue())
                .extract().asString();
        assertFalse(putBody.contains(secret));

        for (String token : new String[] {Tokens.platform("tiktok"), Tokens.admin(), Tokens.supervisor()}) {
            String getBody = given().auth().oauth2(token).when().get("/api/v1/platforms/tiktok")
                    .then().statusCode(200)
                    .body("webhookUrl", equalTo(url))
                    .body("secretConfigured", equalTo(true))
                    .extract().asString();
            assertFalse(getBody.contains(secret));
            assertFalse(getBody.contains("v1:"), "not even the ciphertext leaves the service");
        }
    }

    @Test
    void anAdminMayRegisterAnyPlatform() {
        String url = "https://hooks.youtube.example/pantau";
        put(Tokens.admin(), "youtube", Map.of("url", url, "secret", secret()))
                .then().statusCode(200).body("webhookUrl", equalTo(url)).body("secretConfigured", equalTo(true));
    }

    @Test
    void aPlatformWithoutEndpointShowsNoneConfigured() {
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/platforms/x")
                .then().statusCode(200)
                .body("platform", equalTo("x"))
                .body("displayName", equalTo("X"))
                .body("webhookUrl", equalTo(null))
                .body("secretConfigured", equalTo(false));
    }

    @Test
    void withoutATokenIsUnauthorized() {
        given().contentType(ContentType.JSON).body(Map.of("url", "https://a.example/h", "secret", secret()))
                .when().put("/api/v1/platforms/tiktok/endpoint").then().statusCode(401);
        given().when().get("/api/v1/platforms/tiktok").then().statusCode(401);
    }

    @Test
    void ministryUsersOtherThanAdminCannotRegister() {
        put(Tokens.analyst(), "tiktok", Map.of("url", "https://evil.example/h", "secret", secret()))
                .then().statusCode(403);
        put(Tokens.supervisor(), "tiktok", Map.of("url", "https://evil.example/h", "secret", secret()))
                .then().statusCode(403);
        given().auth().oauth2(Tokens.analyst()).when().get("/api/v1/platforms/tiktok").then().statusCode(403);
        given().auth().oauth2(Tokens.auditor()).when().get("/api/v1/platforms/tiktok").then().statusCode(403);
    }

    @Test
    void aPlatformCannotTouchAnotherPlatformsEndpoint() {
        String before = given().auth().oauth2(Tokens.admin()).when().get("/api/v1/platforms/tiktok")
                .then().statusCode(200).extract().path("webhookUrl");

        put(Tokens.platform("meta"), "tiktok", Map.of("url", "https://evil.example/h", "secret", secret()))
                .then().statusCode(403).contentType(PROBLEM).body("status", equalTo(403));
        given().auth().oauth2(Tokens.platform("meta")).when().get("/api/v1/platforms/tiktok")
                .then().statusCode(403).contentType(PROBLEM);
        // An unknown platform is also "not yours" for a platform client: nothing to learn from a 404.
        put(Tokens.platform("meta"), "nosuch", Map.of("url", "https://evil.example/h", "secret", secret()))
                .then().statusCode(403);

        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/platforms/tiktok")
                .then().statusCode(200).body("webhookUrl", equalTo(before));
    }

    @Test
    void unknownPlatformIsNotFound() {
        put(Tokens.admin(), "friendster", Map.of("url", "https://a.example/h", "secret", secret()))
                .then().statusCode(404).contentType(PROBLEM).body("status", equalTo(404))
                .body("detail", containsString("friendster"));
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/platforms/friendster")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        String url = "https://hooks.meta.example/pantau/" + UUID.randomUUID();
        put(Tokens.platform("meta"), "meta", Map.of("url", url, "secret", secret())).then().statusCode(200);
        String updatedAt = given().auth().oauth2(Tokens.admin()).when().get("/api/v1/platforms/meta")
                .then().extract().path("updatedAt");

        Object[] badBodies = {
                Map.of("url", "not a url", "secret", secret()),
                Map.of("url", "/relative/path", "secret", secret()),
                Map.of("url", "ftp://files.example/hook", "secret", secret()),
                Map.of("url", "https://user:pw@hooks.example/h", "secret", secret()),
                Map.of("url", "https://hooks.example/" + "a".repeat(2048), "secret", secret()),
                Map.of("url", "https://hooks.example/h", "secret", "too-short"),
                Map.of("url", "https://hooks.example/h", "secret", "x".repeat(257)),
                Map.of("url", "https://hooks.example/h"),
                Map.of("secret", secret()),
        };
        for (Object body : badBodies) {
            String answer = put(Tokens.platform("meta"), "meta", body)
                    .then().statusCode(400).contentType(PROBLEM).body("status", equalTo(400))
                    .extract().asString();
            if (body instanceof Map<?, ?> map && map.get("secret") instanceof String s) {
                assertFalse(answer.contains(s), "a refused secret is not echoed either");
            }
        }
        given().auth().oauth2(Tokens.platform("meta")).contentType(ContentType.JSON).body("{\"url\": ")
                .when().put("/api/v1/platforms/meta/endpoint").then().statusCode(400).contentType(PROBLEM);
        given().auth().oauth2(Tokens.platform("meta")).contentType(ContentType.JSON)
                .when().put("/api/v1/platforms/meta/endpoint").then().statusCode(400).contentType(PROBLEM);

        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/platforms/meta")
                .then().statusCode(200).body("webhookUrl", equalTo(url)).body("updatedAt", equalTo(updatedAt));
    }

    @Test
    void validationNamesTheOffendingFields() {
        put(Tokens.admin(), "shopee", Map.of("url", "nope", "secret", "short"))
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("secret", "url"));
    }
}
