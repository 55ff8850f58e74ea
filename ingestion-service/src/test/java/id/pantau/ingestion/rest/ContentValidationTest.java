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
import java.util.List;
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
        TEXT_TOO_LONG("text", b -> b.put("text", "thrift ".repeat(9363))),
        TEXT_WITH_NUL("text", b -> b.put("text", "bal\u0000thrift")),
        DISPLAY_NAME_TOO_LONG("authorDisplayName", b -> b.put("authorDisplayName", "n".repeat(257))),
        FOLLOWERS_NEGATIVE("authorFollowerCount", b -> b.put("authorFollowerCount", -1)),
        FOLLOWERS_NOT_A_NUMBER("authorFollowerCount", b -> b.put("authorFollowerCount", "many")),
        CAPTION_TOO_LONG("texts.caption", b -> b.put("texts", Map.of("caption", "é".repeat(32_769)))),
        TITLE_TOO_LONG("texts.title", b -> b.put("texts", Map.of("title", "t".repeat(65_537)))),
        TRANSCRIPT_TOO_LONG("texts.transcript", b -> b.put("texts", Map.of("transcript", "👕".repeat(16_385)))),
        ON_SCREEN_TEXT_WITH_NUL("texts.onScreenText", b -> b.put("texts", Map.of("onScreenText", "25rb\u0000"))),
        HASHTAG_BLANK("texts.hashtags[1]", b -> b.put("texts", Map.of("hashtags", List.of("thrift", " ")))),
        HASHTAGS_NOT_A_LIST("texts.hashtags", b -> b.put("texts", Map.of("hashtags", 7))),
        MEDIA_TYPE_UNKNOWN("media[0].type", b -> b.put("media", List.of(Map.of("type", "HOLOGRAM")))),
        MEDIA_TYPE_MISSING("media[0].type", b -> b.put("media", List.of(Map.of("url", "https://cdn.example.com/a.mp4")))),
        MEDIA_SHA256_NOT_HEX("media[0].sha256", b -> b.put("media", List.of(Map.of("type", "VIDEO", "sha256", "abc")))),
        MEDIA_URL_NOT_WEB("media[0].url", b -> b.put("media", List.of(Map.of("type", "VIDEO", "url", "file:///a.mp4")))),
        MEDIA_SIZE_NEGATIVE("media[0].sizeBytes", b -> b.put("media", List.of(Map.of("type", "VIDEO", "sizeBytes", -5)))),
        MEDIA_TOO_MANY("media", b -> b.put("media", java.util.Collections.nCopies(101, Map.of("type", "IMAGE")))),
        VIEWS_NEGATIVE("metrics.views", b -> b.put("metrics", Map.of("views", -1))),
        SHARES_FRACTION("metrics.shares", b -> b.put("metrics", Map.of("shares", "1.5k"))),
        LANGUAGE_NOT_A_TAG("language", b -> b.put("language", "bahasa indonesia")),
        TEXTS_ALL_BLANK_WITHOUT_TEXT("text", b -> {
            b.remove("text");
            b.put("texts", Map.of("caption", " ", "hashtags", List.of()));
        });

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
    void textOfExactly64KilobytesIsAccepted() {
        submit(Tokens.crawler(), body("tiktok", uniqueExternalId(), "a".repeat(65_536))).statusCode(202);
    }

    @Test
    void textIsCountedInUtf8Bytes() {
        // 16,384 emoji are 65,536 bytes of UTF-8 (and 32,768 UTF-16 units).
        submit(Tokens.crawler(), body("tiktok", uniqueExternalId(), "👕".repeat(16_384))).statusCode(202);
        submit(Tokens.crawler(), body("tiktok", uniqueExternalId(), "👕".repeat(16_385))).statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem("text"));
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
