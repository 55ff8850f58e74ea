package id.pantau.ingestion.rest;

import static id.pantau.ingestion.ContentApi.body;
import static id.pantau.ingestion.ContentApi.fetch;
import static id.pantau.ingestion.ContentApi.submit;
import static id.pantau.ingestion.ContentApi.uniqueExternalId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import id.pantau.events.ContentIngested;
import id.pantau.ingestion.ContentApi;
import id.pantau.ingestion.IngestedEvents;
import id.pantau.ingestion.StoredRows;
import id.pantau.ingestion.Tokens;
import id.pantau.ingestion.domain.ContentHash;
import id.pantau.local.KafkaEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContentSubmissionTest {

    private static final String TEXT = "Bongkar bal thrift import Korea, hidden gem cuma 25rb! DM ya kak";

    @Test
    void newContentIsAcceptedStoredAndAnnounced() {
        String externalId = uniqueExternalId();

        ExtractableResponse<Response> response = submit(Tokens.crawler(), body("tiktok", externalId, TEXT))
                .statusCode(202)
                .contentType(ContentType.JSON)
                .body("version", equalTo(1))
                .body("status", equalTo("ACCEPTED"))
                .extract();
        UUID id = UUID.fromString(response.path("id"));
        assertThat(response.header("Location"), endsWith(ContentApi.PATH + "/" + id));

        fetch(Tokens.crawler(), id.toString()).statusCode(200)
                .body("id", equalTo(id.toString()))
                .body("platform", equalTo("tiktok"))
                .body("externalId", equalTo(externalId))
                .body("latestVersion", equalTo(1))
                .body("versions", hasSize(1))
                .body("versions[0].version", equalTo(1))
                .body("versions[0].text", equalTo(TEXT))
                .body("versions[0].authorHandle", equalTo("@thrift.bdg"))
                .body("versions[0].contentHash", equalTo(ContentHash.of(TEXT)))
                .body("versions[0].postedAt", equalTo("2024-03-01T10:15:30Z"))
                .body("versions[0].capturedAt", notNullValue());

        List<KafkaEvents.Event> events = IngestedEvents.upToVersion(id, 1);
        assertThat(events, hasSize(1));
        KafkaEvents.Event event = events.getFirst();
        assertEquals(ContentIngested.TYPE, event.type());
        assertEquals(id.toString(), event.key());
        assertThat(event.attributes(), hasEntry("ce_subject", id.toString()));
        JsonNode data = IngestedEvents.data(event);
        assertEquals(id.toString(), data.path("contentId").asText());
        assertEquals(1, data.path("version").asInt());
        JsonNode content = data.path("content");
        assertEquals("tiktok", content.path("platform").asText());
        assertEquals(externalId, content.path("externalId").asText());
        assertEquals(TEXT, content.path("text").asText());
        assertEquals("author-42", content.path("authorId").asText());
        assertEquals(ContentHash.of(TEXT), content.path("contentHash").asText());
        assertEquals("2024-03-01T10:15:30Z", content.path("postedAt").asText());
        assertThat(content.get("capturedAt"), notNullValue());
    }

    @Test
    void resubmittingTheSameTextIsADuplicateAndAnEditBecomesVersionTwo() {
        String externalId = uniqueExternalId();
        UUID id = idOf(submit(Tokens.crawler(), body("meta", externalId, TEXT)).statusCode(202));

        submit(Tokens.crawler(), body("meta", externalId, TEXT)).statusCode(200)
                .body("id", equalTo(id.toString()))
                .body("version", equalTo(1))
                .body("status", equalTo("DUPLICATE"));

        String edited = TEXT + " (stok baru!)";
        submit(Tokens.crawler(), body("meta", externalId, edited)).statusCode(202)
                .body("id", equalTo(id.toString()))
                .body("version", equalTo(2))
                .body("status", equalTo("EDITED"));

        submit(Tokens.crawler(), body("meta", externalId, edited)).statusCode(200)
                .body("version", equalTo(2))
                .body("status", equalTo("DUPLICATE"));

        fetch(Tokens.user("analyst1"), id.toString()).statusCode(200)
                .body("latestVersion", equalTo(2))
                .body("versions.version", contains(1, 2))
                .body("versions[1].text", equalTo(edited))
                .body("versions[1].contentHash", equalTo(ContentHash.of(edited)));

        // One key, one partition, publication order: a duplicate that published would sit between 1 and 2.
        List<KafkaEvents.Event> events = IngestedEvents.upToVersion(id, 2);
        assertThat(events.stream().map(e -> IngestedEvents.data(e).path("version").asInt()).toList(), contains(1, 2));
        assertThat(events.stream().map(KafkaEvents.Event::type).toList(), everyItem(equalTo(ContentIngested.TYPE)));
        assertThat(events.stream().map(KafkaEvents.Event::key).toList(), everyItem(equalTo(id.toString())));
        assertEquals(edited, IngestedEvents.data(events.get(1)).path("content").path("text").asText());
    }

    @Test
    void aPlatformClientSubmitsItsOwnPlatformsContent() {
        submit(Tokens.client("tiktok"), body("tiktok", uniqueExternalId(), TEXT)).statusCode(202)
                .body("status", equalTo("ACCEPTED"));
    }

    @Test
    void aPlatformClientCannotSubmitAnotherPlatformsContent() {
        String externalId = uniqueExternalId();
        submit(Tokens.client("tiktok"), body("meta", externalId, TEXT)).statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
        assertEquals(0, StoredRows.mentioning(externalId));
    }

    @Test
    void anAnalystCannotSubmit() {
        String externalId = uniqueExternalId();
        submit(Tokens.user("analyst1"), body("tiktok", externalId, TEXT)).statusCode(403);
        assertEquals(0, StoredRows.mentioning(externalId));
    }

    @Test
    void submittingNeedsAValidToken() {
        String externalId = uniqueExternalId();
        given().contentType(ContentType.JSON).body(body("tiktok", externalId, TEXT))
                .when().post(ContentApi.PATH)
                .then().statusCode(401);
        given().auth().oauth2("not-a-token").contentType(ContentType.JSON).body(body("tiktok", externalId, TEXT))
                .when().post(ContentApi.PATH)
                .then().statusCode(401);
        assertEquals(0, StoredRows.mentioning(externalId));
    }

    @Test
    void unknownFieldsAreIgnoredAndOptionalFieldsMayBeLeftOut() {
        Map<String, Object> body = body("youtube", uniqueExternalId(), TEXT);
        body.put("likes", 1200);
        body.put("attachments", Map.of("kind", "video"));
        body.remove("postedAt");
        body.remove("authorHandle");
        UUID id = idOf(submit(Tokens.crawler(), body).statusCode(202).body("status", equalTo("ACCEPTED")));
        fetch(Tokens.crawler(), id.toString()).statusCode(200)
                .body("versions[0].postedAt", equalTo(null))
                .body("versions[0].authorHandle", equalTo(null));
    }

    @Test
    void postedAtMayCarryAnOffset() {
        Map<String, Object> body = body("x", uniqueExternalId(), TEXT);
        body.put("postedAt", "2024-03-01T17:15:30+07:00");
        UUID id = idOf(submit(Tokens.crawler(), body).statusCode(202));
        fetch(Tokens.crawler(), id.toString()).statusCode(200)
                .body("versions[0].postedAt", equalTo("2024-03-01T10:15:30Z"));
    }

    static UUID idOf(ValidatableResponse response) {
        return UUID.fromString(response.extract().path("id"));
    }
}
