package id.pantau.ingestion.rest;

import static id.pantau.ingestion.ContentApi.body;
import static id.pantau.ingestion.ContentApi.fetch;
import static id.pantau.ingestion.ContentApi.submit;
import static id.pantau.ingestion.ContentApi.uniqueExternalId;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import id.pantau.ingestion.IngestedEvents;
import id.pantau.ingestion.StoredRows;
import id.pantau.ingestion.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The full content model: author details, separate texts, media, reach and language, stored and published. */
@QuarkusTest
class ContentModelTest {

    private static final String SHA_A = "a".repeat(64);
    private static final String SHA_B = "b".repeat(64);

    static Map<String, Object> full(String externalId, String mediaHash, long views) {
        Map<String, Object> body = body("tiktok", externalId, null);
        body.remove("text");
        body.put("authorDisplayName", "Toko Thrift Bandung");
        body.put("authorFollowerCount", 12_500);
        body.put("texts", Map.of("caption", "Bongkar bal impor Korea!", "hashtags", List.of("thrift", "#balkorea"),
                "title", "Live bongkar bal", "transcript", "halo kak, ini bal baru", "onScreenText", "25RB SAJA"));
        body.put("media", List.of(Map.of("type", "VIDEO", "url", "https://cdn.example.com/v/" + externalId + ".mp4",
                "sha256", mediaHash, "sizeBytes", 1_048_576)));
        body.put("metrics", Map.of("views", views, "likes", 800, "shares", 25));
        body.put("language", "id");
        return body;
    }

    @Test
    void everyFieldIsStoredShownAndPublishedWithTheCombinedText() {
        String externalId = uniqueExternalId();
        UUID id = ContentSubmissionTest.idOf(submit(Tokens.crawler(), full(externalId, SHA_A, 10_000)).statusCode(202));

        String combined = "Live bongkar bal\nBongkar bal impor Korea!\n#thrift #balkorea\n25RB SAJA\nhalo kak, ini bal baru";
        fetch(Tokens.crawler(), id.toString()).statusCode(200)
                .body("versions[0].text", equalTo(combined))
                .body("versions[0].authorDisplayName", equalTo("Toko Thrift Bandung"))
                .body("versions[0].authorFollowerCount", equalTo(12_500))
                .body("versions[0].texts.hashtags", contains("thrift", "#balkorea"))
                .body("versions[0].texts.onScreenText", equalTo("25RB SAJA"))
                .body("versions[0].media[0].sha256", equalTo(SHA_A))
                .body("versions[0].media[0].sizeBytes", equalTo(1_048_576))
                .body("versions[0].metrics.views", equalTo(10_000))
                .body("versions[0].metrics.comments", nullValue())
                .body("versions[0].source", equalTo("PUSH"))
                .body("versions[0].language", equalTo("id"));

        JsonNode content = IngestedEvents.data(IngestedEvents.upToVersion(id, 1).getLast()).path("content");
        assertEquals(combined, content.path("text").asText());
        assertEquals("Bongkar bal impor Korea!", content.at("/texts/caption").asText());
        assertEquals(SHA_A, content.at("/media/0/sha256").asText());
        assertEquals(800, content.at("/metrics/likes").asLong());
        assertEquals("PUSH", content.path("source").asText());
        assertEquals("id", content.path("language").asText());
        assertEquals(12_500, content.path("authorFollowerCount").asLong());
    }

    @Test
    void newReachCountsAloneAreADuplicateButAnotherMediaFileIsAnEdit() {
        String externalId = uniqueExternalId();
        UUID id = ContentSubmissionTest.idOf(submit(Tokens.crawler(), full(externalId, SHA_A, 10)).statusCode(202));

        submit(Tokens.crawler(), full(externalId, SHA_A, 99_999)).statusCode(200).body("status", equalTo("DUPLICATE"));
        submit(Tokens.crawler(), full(externalId, SHA_B, 99_999)).statusCode(202).body("status", equalTo("EDITED"))
                .body("version", equalTo(2));
        assertEquals(2, StoredRows.versionsOf(id));
    }

    @Test
    void anExplicitTextWinsOverTheSeparateTexts() {
        Map<String, Object> body = full(uniqueExternalId(), SHA_A, 1);
        body.put("text", "Teks gabungan dari crawler");
        UUID id = ContentSubmissionTest.idOf(submit(Tokens.crawler(), body).statusCode(202));
        fetch(Tokens.crawler(), id.toString()).statusCode(200)
                .body("versions[0].text", equalTo("Teks gabungan dari crawler"))
                .body("versions[0].texts.title", equalTo("Live bongkar bal"));
    }

    @Test
    void aBatchStoresEveryFieldAndEveryAbsentOneAsTheSingleEndpointDoes() {
        String fullId = uniqueExternalId();
        String bareId = uniqueExternalId();
        Map<String, Object> full = full(fullId, SHA_A, 10_000);
        full.put("postedAt", "2024-03-01T10:15:30.123456Z");
        Map<String, Object> bare = body("tiktok", bareId, "Bongkar bal, stok terbatas");
        bare.remove("authorHandle");
        bare.remove("postedAt");
        var stored = ContentBatchTest.post(Tokens.crawler(), List.of(full, bare)).statusCode(200)
                .body("status", contains("ACCEPTED", "ACCEPTED")).extract();
        String fullContent = stored.path("[0].id");
        String bareContent = stored.path("[1].id");

        fetch(Tokens.crawler(), fullContent).statusCode(200)
                .body("versions[0].postedAt", equalTo("2024-03-01T10:15:30.123456Z"))
                .body("versions[0].authorDisplayName", equalTo("Toko Thrift Bandung"))
                .body("versions[0].authorFollowerCount", equalTo(12_500))
                .body("versions[0].texts.hashtags", contains("thrift", "#balkorea"))
                .body("versions[0].texts.transcript", equalTo("halo kak, ini bal baru"))
                .body("versions[0].media[0].sizeBytes", equalTo(1_048_576))
                .body("versions[0].metrics.views", equalTo(10_000))
                .body("versions[0].metrics.shares", equalTo(25))
                .body("versions[0].metrics.comments", nullValue())
                .body("versions[0].language", equalTo("id"))
                .body("versions[0].source", equalTo("PUSH"));
        fetch(Tokens.crawler(), bareContent).statusCode(200)
                .body("versions[0].text", equalTo("Bongkar bal, stok terbatas"))
                .body("versions[0].authorHandle", nullValue())
                .body("versions[0].postedAt", nullValue())
                .body("versions[0].authorFollowerCount", nullValue())
                .body("versions[0].texts", nullValue())
                .body("versions[0].metrics", nullValue());
    }

    @Test
    void aBadNestedFieldRejectsOnlyItsItemInABatch() {
        String good = uniqueExternalId();
        String bad = uniqueExternalId();
        Map<String, Object> badBody = full(bad, "not-a-sha", 1);
        ContentBatchTest.post(Tokens.crawler(), List.of(full(good, SHA_A, 1), badBody)).statusCode(200)
                .body("[0].status", equalTo("ACCEPTED"))
                .body("[1].status", equalTo("REJECTED"))
                .body("[1].problem.status", equalTo(400))
                .body("[1].problem.errors.field", contains("media[0].sha256"));
        assertEquals(0, StoredRows.mentioning(bad));
    }
}
