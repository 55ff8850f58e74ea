package id.pantau.ingestion.rest;

import static id.pantau.ingestion.ContentApi.body;
import static id.pantau.ingestion.ContentApi.submit;
import static id.pantau.ingestion.ContentApi.uniqueExternalId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.pantau.ingestion.ContentApi;
import id.pantau.ingestion.StoredRows;
import id.pantau.ingestion.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every bad submission is a 400 problem+json naming the field, and stores nothing. */
@QuarkusTest
class ContentValidationTest {

    private static final String PROBLEM = "application/problem+json";

    enum BadField {
        PLATFORM_MISSING("platform", b -> b.remove("platform")),
        PLATFORM_UNKNOWN("platform", b -> b.put("platform", "friendster")),
        PLATFORM_WRONG_CASE("platform", b -> b.put("platform", "TikTok")),
        EXTERNAL_ID_MISSING("externalId", b -> b.remove("externalId")),
        EXTERNAL_ID_BLANK("externalId", b -> b.put("externalId", "   ")),
        EXTERNAL_ID_TOO_LONG("externalId", b -> b.put("externalId", "9".repeat(257))),
        URL_MISSING("url", b -> b.remove("url")),
        URL_NOT_A_URL("url", b -> b.put("url", "not a url")),
        URL_RELATIVE("url", b -> b.put("url", "/video/123")),
        URL_NOT_HTTP("url", b -> b.put("url", "ftp://files.example.com/video/123")),
        URL_WITHOUT_HOST("url", b -> b.put("url", "https:///video/123")),
        URL_SCRIPT("url", b -> b.put("url", "javascript:alert(1)")),
        URL_TOO_LONG("url", b -> b.put("url", "https://www.tiktok.com/" + "a".repeat(2030))),
        AUTHOR_ID_MISSING("authorId", b -> b.remove("authorId")),
        AUTHOR_ID_BLANK("authorId", b -> b.put("authorId", "")),
        AUTHOR_ID_TOO_LONG("authorId", b -> b.put("authorId", "a".repeat(257))),
        AUTHOR_HANDLE_TOO_LONG("authorHandle", b -> b.put("authorHandle", "@" + "a".repeat(256))),
        TEXT_MISSING("text", b -> b.remove("text")),
        TEXT_NULL("text", b -> b.put("text", null)),
        TEXT_BLANK("text", b -> b.put("text", " \n\t ")),
        TEXT_TOO_LONG("text", b -> b.put("text", "thrift ".repeat(1429))),
        TEXT_WITH_NUL("text", b -> b.put("text", "bal\u0000thrift"));

        final String field;
        final Consumer<Map<String, Object>> spoil;

        BadField(String field, Consumer<Map<String, Object>> spoil) {
            this.field = field;
            this.spoil = spoil;
        }
    }

    @ParameterizedTest
    @EnumSource(BadField.class)
    void aBadFieldIsRefusedAndNothingIsStored(BadField bad) {
        String externalId = uniqueExternalId();
        Map<String, Object> body = body("tiktok", externalId, "Thrift bal import");
        bad.spoil.accept(body);

        submit(Tokens.crawler(), body).statusCode(400)
                .contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("errors.field", hasItem(bad.field));

        assertEquals(0, StoredRows.mentioning(externalId));
    }

    @Test
    void anUnknownPlatformIsExplained() {
        Map<String, Object> body = body("tiktok", uniqueExternalId(), "Thrift bal import");
        body.put("platform", "friendster");
        submit(Tokens.crawler(), body).statusCode(400)
                .contentType(PROBLEM)
                .body("errors.find { it.field == 'platform' }.message", containsString("tiktok"));
    }

    @Test
    void textOfExactlyTenThousandCharactersIsAccepted() {
        submit(Tokens.crawler(), body("tiktok", uniqueExternalId(), "a".repeat(10_000))).statusCode(202);
    }

    @Test
    void textIsCountedInCharactersNotUtf16Units() {
        // 10,000 emoji are 20,000 UTF-16 units but 10,000 characters.
        submit(Tokens.crawler(), body("tiktok", uniqueExternalId(), "👕".repeat(10_000))).statusCode(202);
        submit(Tokens.crawler(), body("tiktok", uniqueExternalId(), "👕".repeat(10_001))).statusCode(400)
                .contentType(PROBLEM);
    }

    @Test
    void anUnparseablePostedAtIsRefused() {
        String externalId = uniqueExternalId();
        Map<String, Object> body = body("tiktok", externalId, "Thrift bal import");
        body.put("postedAt", "yesterday");
        submit(Tokens.crawler(), body).statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("errors.field", hasItem("postedAt"));
        assertEquals(0, StoredRows.mentioning(externalId));
    }

    @Test
    void aFieldOfTheWrongTypeIsRefused() {
        String externalId = uniqueExternalId();
        Map<String, Object> body = body("tiktok", externalId, "Thrift bal import");
        body.put("text", Map.of("caption", "Thrift bal import"));
        submit(Tokens.crawler(), body).statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("text"));
        assertEquals(0, StoredRows.mentioning(externalId));
    }

    @Test
    void malformedJsonIsRefused() {
        String externalId = uniqueExternalId();
        raw("{\"platform\": \"tiktok\", \"externalId\": \"" + externalId + "\", \"text\": ")
                .statusCode(400).contentType(PROBLEM).body("status", equalTo(400));
        assertEquals(0, StoredRows.mentioning(externalId));
    }

    @Test
    void halfAMegabyteOfTextIsRefused() {
        String externalId = uniqueExternalId();
        submit(Tokens.crawler(), body("tiktok", externalId, "x".repeat(500_000))).statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("text"));
        assertEquals(0, StoredRows.mentioning(externalId));
    }

    @Test
    void aBodyBeyondTheHttpLimitIsRefused() {
        String externalId = uniqueExternalId();
        submit(Tokens.crawler(), body("tiktok", externalId, "x".repeat(1_500_000))).statusCode(413)
                .contentType(PROBLEM)
                .body("status", equalTo(413));
        assertEquals(0, StoredRows.mentioning(externalId));
    }

    @Test
    void anEmptyBodyIsRefused() {
        raw("").statusCode(400).contentType(PROBLEM).body("status", equalTo(400));
    }

    @Test
    void aJsonNullBodyIsRefused() {
        raw("null").statusCode(400).contentType(PROBLEM);
    }

    @Test
    void aJsonArrayBodyIsRefused() {
        raw("[]").statusCode(400).contentType(PROBLEM);
    }

    @Test
    void aBodyThatIsNotJsonIsRefused() {
        given().auth().oauth2(Tokens.crawler()).contentType(ContentType.TEXT).body("platform=tiktok")
                .when().post(ContentApi.PATH)
                .then().statusCode(415).contentType(PROBLEM);
    }

    private static ValidatableResponse raw(String json) {
        return given().auth().oauth2(Tokens.crawler()).contentType(ContentType.JSON).body(json)
                .when().post(ContentApi.PATH)
                .then();
    }
}
