package id.pantau.ingestion;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Builds submissions and calls the content API as a given token. */
public final class ContentApi {

    public static final String PATH = "/api/v1/content";

    private ContentApi() {
    }

    public static String uniqueExternalId() {
        return "post-" + UUID.randomUUID();
    }

    /** A valid body; tests change or remove fields to make it invalid. */
    public static Map<String, Object> body(String platform, String externalId, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("platform", platform);
        body.put("externalId", externalId);
        body.put("url", "https://www." + platform + ".com/@thrift.bdg/video/" + externalId);
        body.put("authorId", "author-42");
        body.put("authorHandle", "@thrift.bdg");
        body.put("text", text);
        body.put("postedAt", "2024-03-01T10:15:30Z");
        return body;
    }

    public static ValidatableResponse submit(String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(PATH)
                .then();
    }

    public static ValidatableResponse fetch(String token, String id) {
        return given().auth().oauth2(token).accept(ContentType.JSON)
                .when().get(PATH + "/" + id)
                .then();
    }
}
