package id.pantau.ingestion.rest;

import static id.pantau.ingestion.ContentApi.body;
import static id.pantau.ingestion.ContentApi.fetch;
import static id.pantau.ingestion.ContentApi.uniqueExternalId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.pantau.ingestion.IngestedEvents;
import id.pantau.ingestion.StoredRows;
import id.pantau.ingestion.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class ContentBatchTest {

    static final String PATH = "/api/v1/content/batch";
    private static final String TEXT = "Bal thrift Korea grade A, hidden gem 30rb";
    private static final String PROBLEM = "application/problem+json";

    static ValidatableResponse post(String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(PATH).then();
    }

    @Test
    void validItemsAreStoredAndPublishedAroundInvalidOnes() {
        String known = uniqueExternalId();
        String edited = uniqueExternalId();
        UUID knownId = ContentSubmissionTest.idOf(ContentApiCalls.single(body("tiktok", known, TEXT)));
        UUID editedId = ContentSubmissionTest.idOf(ContentApiCalls.single(body("tiktok", edited, TEXT)));
        // Known at version 2, so that the latest version of each item, not of all items, must be looked up.
        String atTwo = uniqueExternalId();
        UUID atTwoId = ContentSubmissionTest.idOf(ContentApiCalls.single(body("tiktok", atTwo, TEXT)));
        ContentApiCalls.single(body("tiktok", atTwo, TEXT + " v2"));
        String fresh = uniqueExternalId();
        String twice = uniqueExternalId();
        String invalid = uniqueExternalId();
        Map<String, Object> noText = body("tiktok", invalid, TEXT);
        noText.remove("text");
        Map<String, Object> badDate = body("meta", uniqueExternalId(), TEXT);
        badDate.put("postedAt", "yesterday");

        List<Object> batch = List.of(
                body("tiktok", fresh, TEXT),
                noText,
                body("tiktok", known, TEXT),
                body("tiktok", edited, TEXT + " stok baru"),
                "not an object",
                body("youtube", twice, TEXT),
                body("youtube", twice, TEXT + " (edit)"),
                badDate,
                body("tiktok", atTwo, TEXT + " v2"));

        ValidatableResponse response = post(Tokens.crawler(), batch).statusCode(200).contentType(ContentType.JSON)
                .body("index", contains(0, 1, 2, 3, 4, 5, 6, 7, 8))
                .body("status", contains("ACCEPTED", "REJECTED", "DUPLICATE", "EDITED", "REJECTED", "ACCEPTED",
                        "EDITED", "REJECTED", "DUPLICATE"))
                .body("[8].id", equalTo(atTwoId.toString()))
                .body("[8].version", equalTo(2))
                .body("[0].version", equalTo(1))
                .body("[1].id", nullValue())
                .body("[1].problem.status", equalTo(400))
                .body("[1].problem.errors.field", contains("text"))
                .body("[2].id", equalTo(knownId.toString()))
                .body("[2].version", equalTo(1))
                .body("[3].id", equalTo(editedId.toString()))
                .body("[3].version", equalTo(2))
                .body("[4].problem.status", equalTo(400))
                .body("[5].version", equalTo(1))
                .body("[6].version", equalTo(2))
                .body("[7].problem.errors.field", contains("postedAt"));

        UUID freshId = UUID.fromString(response.extract().path("[0].id"));
        UUID twiceId = UUID.fromString(response.extract().path("[5].id"));
        assertEquals(twiceId.toString(), response.extract().path("[6].id"));
        fetch(Tokens.crawler(), freshId.toString()).statusCode(200).body("versions[0].text", equalTo(TEXT));
        assertThat(IngestedEvents.upToVersion(freshId, 1), hasSize(1));
        assertThat(IngestedEvents.upToVersion(editedId, 2), hasSize(2));
        assertThat(IngestedEvents.upToVersion(twiceId, 2).stream()
                .map(e -> IngestedEvents.data(e).path("version").asInt()).toList(), contains(1, 2));
        assertEquals(0, StoredRows.mentioning(invalid));
    }

    @Test
    void manyItemsSpanSeveralChunks() {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            batch.add(body("x", uniqueExternalId(), TEXT + " #" + i));
        }
        List<String> statuses = post(Tokens.crawler(), batch).statusCode(200).extract().path("status");
        assertThat(statuses, hasSize(1000));
        assertEquals(1000, statuses.stream().filter("ACCEPTED"::equals).count());
        List<Integer> indexes = post(Tokens.crawler(), batch).statusCode(200)
                .body("status", org.hamcrest.Matchers.everyItem(equalTo("DUPLICATE")))
                .extract().path("index");
        assertEquals(999, indexes.getLast());
    }

    @Test
    void aPlatformClientHasItsOtherPlatformItemsRejected() {
        String other = uniqueExternalId();
        post(Tokens.client("tiktok"), List.of(body("tiktok", uniqueExternalId(), TEXT), body("meta", other, TEXT)))
                .statusCode(200)
                .body("status", contains("ACCEPTED", "REJECTED"))
                .body("[1].problem.status", equalTo(403));
        assertEquals(0, StoredRows.mentioning(other));
    }

    @Test
    void moreThanAThousandItemsAre413() {
        String externalId = uniqueExternalId();
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            batch.add(body("x", externalId, TEXT));
        }
        post(Tokens.crawler(), batch).statusCode(413).contentType(PROBLEM).body("status", equalTo(413));
        assertEquals(0, StoredRows.mentioning(externalId));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"platform\":\"tiktok\"}", "\"text\"", "42", "null", "[{\"platform\":", "", "[1,]"})
    void aBodyThatIsNotAJsonArrayIs400(String body) {
        given().auth().oauth2(Tokens.crawler()).contentType(ContentType.JSON).body(body).when().post(PATH)
                .then().statusCode(400).contentType(PROBLEM).body("status", equalTo(400));
    }

    @Test
    void anEmptyArrayGivesNoResults() {
        post(Tokens.crawler(), List.of()).statusCode(200).body("$", hasSize(0));
    }

    @Test
    void aBodyOverTheBatchLimitIs413() throws Exception {
        byte[] body = new byte[16 * 1024 * 1024 + 2];
        Arrays.fill(body, (byte) ' ');
        body[0] = '[';
        body[body.length - 1] = ']';
        // Not through REST Assured: with it, a heap dump at this test's OutOfMemoryError held 16.7 million Byte
        // objects and their Object[] (430 MB of the 768 MB heap), the body boxed byte by byte.
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + PATH))
                .header("Authorization", "Bearer " + Tokens.crawler())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(413, response.statusCode());
            assertEquals(PROBLEM, response.headers().firstValue("Content-Type").orElse(""));
        }
    }

    @Test
    void needsAToken() {
        String externalId = uniqueExternalId();
        given().contentType(ContentType.JSON).body(List.of(body("tiktok", externalId, TEXT))).when().post(PATH)
                .then().statusCode(401);
        assertEquals(0, StoredRows.mentioning(externalId));
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyst1", "reviewer1", "supervisor1", "auditor1", "admin1"})
    void otherRolesAreForbidden(String user) {
        String externalId = uniqueExternalId();
        post(Tokens.user(user), List.of(body("tiktok", externalId, TEXT))).statusCode(403);
        assertEquals(0, StoredRows.mentioning(externalId));
    }
}
