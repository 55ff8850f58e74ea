package id.pantau.notification;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An admin's platform settings for the tests, and putting a platform back as Flyway seeded it. */
public final class Settings {

    private static final Map<String, String> DISPLAY_NAMES = Map.of("tiktok", "TikTok", "meta", "Meta",
            "youtube", "YouTube", "x", "X", "shopee", "Shopee", "tokopedia", "Tokopedia");

    private Settings() {
    }

    /** The seeded settings, to change one entry of. */
    public static Map<String, Object> defaults(String platform) {
        Map<String, Object> body = new HashMap<>();
        body.put("displayName", DISPLAY_NAMES.get(platform));
        body.put("language", "id");
        body.put("ratePerSecond", 10);
        body.put("retry", null);
        body.put("active", true);
        body.put("channels", List.of("WEBHOOK", "EMAIL"));
        return body;
    }

    public static Response put(String token, String platform, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/platforms/{platform}/settings", platform);
    }

    public static void apply(String platform, Map<String, Object> body) {
        put(Tokens.admin(), platform, body).then().statusCode(200);
    }

    public static void restore(String platform) {
        apply(platform, defaults(platform));
    }
}
