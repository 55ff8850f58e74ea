package id.pantau.ingestion.rest;

import static id.pantau.ingestion.ContentApi.body;
import static id.pantau.ingestion.ContentApi.uniqueExternalId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.ingestion.IngestedEvents;
import id.pantau.ingestion.StoredRows;
import id.pantau.ingestion.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class ContentStreamTest {

    static final String PATH = "/api/v1/content/stream";
    private static final String NDJSON = "application/x-ndjson";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEXT = "Bongkar bal thrift import, hidden gem 25rb";

    @Test
    void thousandsOfLinesWithBrokenOnesInBetweenAreAnsweredLineByLine() throws Exception {
        String prefix = "stream-" + UUID.randomUUID() + "-";
        int lineCount = 5000;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int line = 1; line <= lineCount; line++) {
            byte[] bytes = switch (line % 1000) {
                case 7 -> "{\"platform\":\"tiktok\", broken".getBytes(StandardCharsets.UTF_8);
                case 8 -> "".getBytes(StandardCharsets.UTF_8);
                case 9 -> new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'};
                case 10 -> json(body("friendster", prefix + line, TEXT));
                case 11 -> "[1,2]".getBytes(StandardCharsets.UTF_8);
                default -> json(body("tiktok", prefix + line, TEXT + " " + line));
            };
            body.write(bytes);
            body.write('\n');
        }
        // Over 1 MB and chunked (no Content-Length): neither limit applies to the stream.
        assertTrue(body.size() > 1024 * 1024);

        List<JsonNode> results = lines(given().auth().oauth2(Tokens.crawler()).contentType(NDJSON)
                .body(new ByteArrayInputStream(body.toByteArray()))
                .when().post(PATH).then().statusCode(200));

        assertThat(results, hasSize(lineCount));
        int rejected = 0;
        for (int i = 0; i < lineCount; i++) {
            JsonNode result = results.get(i);
            int line = i + 1;
            assertEquals(line, result.path("line").asInt());
            boolean broken = line % 1000 >= 7 && line % 1000 <= 11;
            assertEquals(broken ? "REJECTED" : "ACCEPTED", result.path("status").asText(), "line " + line);
            if (broken) {
                rejected++;
                assertEquals(400, result.path("problem").path("status").asInt());
            }
        }
        assertEquals(25, rejected);
        assertArrayEquals(new long[] {lineCount - 25, lineCount - 25}, StoredRows.withPrefix(prefix));
        UUID last = UUID.fromString(results.getLast().path("id").asText());
        assertThat(IngestedEvents.upToVersion(last, 1), hasSize(1));
    }

    @Test
    void duplicatesAndEditsBehaveAsInTheSingleEndpoint() throws Exception {
        String externalId = uniqueExternalId();
        byte[] line = json(body("meta", externalId, TEXT));
        byte[] edit = json(body("meta", externalId, TEXT + " stok baru"));
        String stream = new String(line, StandardCharsets.UTF_8) + "\n" + new String(line, StandardCharsets.UTF_8)
                + "\n" + new String(edit, StandardCharsets.UTF_8);
        List<JsonNode> results = lines(given().auth().oauth2(Tokens.crawler()).contentType(NDJSON).body(stream.getBytes(StandardCharsets.UTF_8))
                .when().post(PATH).then().statusCode(200));
        assertEquals(List.of("ACCEPTED", "DUPLICATE", "EDITED"),
                results.stream().map(r -> r.path("status").asText()).toList());
        assertEquals(List.of(1, 1, 2), results.stream().map(r -> r.path("version").asInt()).toList());
    }

    @Test
    void aPlatformClientHasOtherPlatformsLinesRejected() throws Exception {
        String other = uniqueExternalId();
        String stream = new String(json(body("tiktok", uniqueExternalId(), TEXT)), StandardCharsets.UTF_8) + "\n"
                + new String(json(body("youtube", other, TEXT)), StandardCharsets.UTF_8) + "\n";
        List<JsonNode> results = lines(given().auth().oauth2(Tokens.client("tiktok")).contentType(NDJSON)
                .body(stream.getBytes(StandardCharsets.UTF_8)).when().post(PATH).then().statusCode(200));
        assertEquals(List.of("ACCEPTED", "REJECTED"), results.stream().map(r -> r.path("status").asText()).toList());
        assertEquals(403, results.get(1).path("problem").path("status").asInt());
        assertEquals(0, StoredRows.mentioning(other));
    }

    @Test
    void anEmptyBodyGivesNoLines() throws Exception {
        assertThat(lines(given().auth().oauth2(Tokens.crawler()).contentType(NDJSON).body(new byte[0])
                .when().post(PATH).then().statusCode(200)), hasSize(0));
    }

    @Test
    void aJsonBodyIs415() {
        given().auth().oauth2(Tokens.crawler()).contentType("application/json").body("{}")
                .when().post(PATH).then().statusCode(415);
    }

    @Test
    void needsAToken() {
        String externalId = uniqueExternalId();
        given().contentType(NDJSON).body(json(body("tiktok", externalId, TEXT))).when().post(PATH)
                .then().statusCode(401);
        assertEquals(0, StoredRows.mentioning(externalId));
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyst1", "reviewer1", "supervisor1", "auditor1", "admin1"})
    void otherRolesAreForbidden(String user) {
        String externalId = uniqueExternalId();
        given().auth().oauth2(Tokens.user(user)).contentType(NDJSON).body(json(body("tiktok", externalId, TEXT)))
                .when().post(PATH).then().statusCode(403);
        assertEquals(0, StoredRows.mentioning(externalId));
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<JsonNode> lines(ValidatableResponse response) throws JsonProcessingException {
        String text = response.extract().asString();
        List<JsonNode> results = new java.util.ArrayList<>();
        for (String line : Arrays.stream(text.split("\n")).filter(l -> !l.isBlank()).toList()) {
            results.add(JSON.readTree(line));
        }
        return results;
    }
}
