package id.pantau.ingestion.rest;

import static id.pantau.ingestion.ContentApi.body;
import static id.pantau.ingestion.ContentApi.fetch;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.pantau.ingestion.IngestedEvents;
import id.pantau.ingestion.StoredRows;
import id.pantau.ingestion.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class ReportTest {

    static final String PATH = "/api/v1/reports";
    private static final String NOTE = "Akun ini jual bal thrift impor, lihat video";
    private static final String PROBLEM = "application/problem+json";

    private static String videoId() {
        return String.valueOf(7_000_000_000_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000_000_000L));
    }

    static ValidatableResponse report(String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(PATH).then();
    }

    private static Map<String, Object> reportOf(String url) {
        Map<String, Object> body = new HashMap<>();
        body.put("url", url);
        body.put("note", NOTE);
        return body;
    }

    @Test
    void anUnknownVideoBecomesContentAndIsAnnounced() {
        String id = videoId();
        String url = "https://www.tiktok.com/@thrift.bdg/video/" + id + "?is_from_webapp=1";
        ValidatableResponse response = report(Tokens.user("analyst1"), reportOf(url)).statusCode(202)
                .contentType(ContentType.JSON)
                .body("platform", equalTo("tiktok"))
                .body("externalId", equalTo(id));
        UUID contentId = UUID.fromString(response.extract().path("contentId"));
        UUID.fromString(response.extract().path("reportId"));

        fetch(Tokens.user("analyst1"), contentId.toString()).statusCode(200)
                .body("externalId", equalTo(id))
                .body("versions", hasSize(1))
                .body("versions[0].text", equalTo(NOTE))
                .body("versions[0].url", equalTo(url))
                .body("versions[0].authorId", equalTo("unknown"));
        var events = IngestedEvents.upToVersion(contentId, 1);
        assertThat(events, hasSize(1));
        assertEquals(NOTE, IngestedEvents.data(events.getFirst()).path("content").path("text").asText());
    }

    @Test
    void knownContentIsLinkedWithoutANewVersion() {
        String id = videoId();
        UUID contentId = ContentSubmissionTest.idOf(ContentApiCalls.single(body("x", id, "Thrift bal Korea murah")));
        for (String user : new String[] {"reviewer1", "supervisor1"}) {
            report(Tokens.user(user), reportOf("https://twitter.com/thriftbdg/status/" + id + "/"))
                    .statusCode(202)
                    .body("contentId", equalTo(contentId.toString()))
                    .body("platform", equalTo("x"));
        }
        assertEquals(1, StoredRows.versionsOf(contentId));
        assertThat(IngestedEvents.upToVersion(contentId, 1), hasSize(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.example.com/video/1", "https://www.tiktok.com/@thrift.bdg",
        "not a url", "https://www.youtube.com/watch?v=tooShort"})
    void anUnsupportedUrlIs400AndStoresNothing(String url) {
        report(Tokens.user("analyst1"), reportOf(url)).statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("detail", containsString("link"));
    }

    @Test
    void urlAndNoteAreRequired() {
        Map<String, Object> noNote = reportOf("https://youtu.be/" + "abcdefghijk");
        noNote.remove("note");
        report(Tokens.user("analyst1"), noNote).statusCode(400).contentType(PROBLEM)
                .body("errors.field", org.hamcrest.Matchers.contains("note"));
        Map<String, Object> blankUrl = reportOf(" ");
        report(Tokens.user("analyst1"), blankUrl).statusCode(400).contentType(PROBLEM)
                .body("errors.field", org.hamcrest.Matchers.contains("url"));
        Map<String, Object> longNote = reportOf("https://youtu.be/abcdefghijk");
        longNote.put("note", "a".repeat(10_001));
        report(Tokens.user("analyst1"), longNote).statusCode(400).body("errors.field", org.hamcrest.Matchers.contains("note"));
        given().auth().oauth2(Tokens.user("analyst1")).contentType(ContentType.JSON).body("[1]").when().post(PATH)
                .then().statusCode(400).contentType(PROBLEM);
        given().auth().oauth2(Tokens.user("analyst1")).contentType(ContentType.JSON).body("{\"url\":").when().post(PATH)
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void aRefusedReportStoresNothing() {
        String id = videoId();
        Map<String, Object> body = reportOf("https://www.tiktok.com/@thrift.bdg/video/" + id);
        body.put("note", "");
        report(Tokens.user("analyst1"), body).statusCode(400);
        report(Tokens.user("auditor1"), reportOf("https://www.tiktok.com/@thrift.bdg/video/" + id)).statusCode(403);
        assertEquals(0, StoredRows.mentioning(id));
    }

    @Test
    void needsAToken() {
        given().contentType(ContentType.JSON).body(reportOf("https://youtu.be/abcdefghijk")).when().post(PATH)
                .then().statusCode(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"auditor1", "admin1"})
    void otherUsersAreForbidden(String user) {
        report(Tokens.user(user), reportOf("https://youtu.be/abcdefghijk")).statusCode(403);
    }

    @Test
    void crawlersAndPlatformsAreForbidden() {
        report(Tokens.crawler(), reportOf("https://youtu.be/abcdefghijk")).statusCode(403);
        report(Tokens.client("tiktok"), reportOf("https://youtu.be/abcdefghijk")).statusCode(403);
    }
}
