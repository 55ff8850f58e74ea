package id.pantau.notification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.pantau.notification.Settings;
import id.pantau.notification.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** PUT /api/v1/platforms/{platform}/settings: admin only, every field checked, nothing changed on a refusal. */
@QuarkusTest
class PlatformSettingsTest {

    private static final String PROBLEM = "application/problem+json";

    @AfterEach
    void metaAsSeeded() {
        Settings.restore("meta");
    }

    @Test
    void anAdminSetsLanguageRateRetriesActivityAndChannelOrder() {
        Map<String, Object> body = Settings.defaults("meta");
        body.put("displayName", "Meta Platforms");
        body.put("language", "en");
        body.put("ratePerSecond", 25);
        body.put("retry", Map.of("initialDelay", "PT1M", "maxDelay", "PT2H", "maxTotal", "PT12H"));
        body.put("active", false);
        body.put("channels", List.of("EMAIL", "WEBHOOK"));
        Settings.put(Tokens.admin(), "meta", body).then().statusCode(200)
                .body("displayName", equalTo("Meta Platforms"))
                .body("language", equalTo("en"))
                .body("ratePerSecond", equalTo(25))
                .body("retry.initialDelay", equalTo("PT1M"))
                .body("retry.maxDelay", equalTo("PT2H"))
                .body("retry.maxTotal", equalTo("PT12H"))
                .body("active", equalTo(false))
                .body("preference", contains("EMAIL", "WEBHOOK"));

        given().auth().oauth2(Tokens.supervisor()).when().get("/api/v1/platforms/meta").then().statusCode(200)
                .body("language", equalTo("en")).body("ratePerSecond", equalTo(25)).body("active", equalTo(false));
    }

    @Test
    void withoutOwnRetriesThePlatformShowsTheServiceDefaults() {
        // %test: 0.2 s doubling up to 0.5 s, 3 attempts, a day at most
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/platforms/meta").then().statusCode(200)
                .body("retry.initialDelay", equalTo("PT0.2S"))
                .body("retry.maxDelay", equalTo("PT0.5S"))
                .body("retry.maxTotal", equalTo("PT24H"))
                .body("retry.maxAttempts", equalTo(3))
                .body("language", equalTo("id"))
                .body("active", equalTo(true));
    }

    @Test
    void onlyAnAdminMayChangeSettings() {
        Map<String, Object> body = Settings.defaults("meta");
        body.put("ratePerSecond", 9999);
        given().contentType("application/json").body(body).when().put("/api/v1/platforms/meta/settings")
                .then().statusCode(401);
        for (String token : List.of(Tokens.supervisor(), Tokens.auditor(), Tokens.analyst(), Tokens.platform("meta"))) {
            Settings.put(token, "meta", body).then().statusCode(403);
        }
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/platforms/meta").then()
                .body("ratePerSecond", equalTo(10));
    }

    @Test
    void anUnknownPlatformIsNotFound() {
        Settings.put(Tokens.admin(), "friendster", Settings.defaults("meta")).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void badSettingsAreRefusedAndChangeNothing() {
        String before = given().auth().oauth2(Tokens.admin()).when().get("/api/v1/platforms/meta")
                .then().statusCode(200).extract().asString();
        List<Map<String, Object>> bad = List.of(
                with("displayName", ""),
                with("displayName", "x".repeat(65)),
                with("language", "fr"),
                with("language", null),
                with("ratePerSecond", 0),
                with("ratePerSecond", 10_001),
                with("active", null),
                with("channels", List.of()),
                with("channels", List.of("FAX")),
                with("channels", List.of("EMAIL", "EMAIL")),
                with("retry", Map.of("initialDelay", "PT0.01S", "maxDelay", "PT1S", "maxTotal", "PT1H")),
                with("retry", Map.of("initialDelay", "PT1M", "maxDelay", "PT30S", "maxTotal", "PT1H")),
                with("retry", Map.of("initialDelay", "PT1M", "maxDelay", "PT6H", "maxTotal", "PT25H")),
                with("retry", Map.of("initialDelay", "PT1M", "maxDelay", "PT6H", "maxTotal", "PT1H")),
                with("retry", Map.of("initialDelay", "PT1M", "maxDelay", "PT6H")),
                with("retry", Map.of("initialDelay", "soon", "maxDelay", "PT6H", "maxTotal", "PT12H")));
        for (Map<String, Object> body : bad) {
            Settings.put(Tokens.admin(), "meta", body).then().statusCode(400).contentType(PROBLEM)
                    .body("status", equalTo(400));
        }
        Settings.put(Tokens.admin(), "meta", with("language", "fr")).then().body("errors.field", hasItem("language"));
        given().auth().oauth2(Tokens.admin()).contentType("application/json").when()
                .put("/api/v1/platforms/meta/settings").then().statusCode(400).contentType(PROBLEM);
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/platforms/meta")
                .then().statusCode(200).body(equalTo(before));
    }

    private static Map<String, Object> with(String key, Object value) {
        Map<String, Object> body = Settings.defaults("meta");
        body.put(key, value);
        return body;
    }
}
