package id.pantau.cases.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.pantau.events.Content;
import id.pantau.events.ContentClassified;
import id.pantau.events.ContentMedia;
import id.pantau.events.ContentMetrics;
import id.pantau.events.ContentSource;
import id.pantau.events.ContentTexts;
import id.pantau.events.MatchedTerm;
import id.pantau.events.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EvidenceSnapshotTest {

    private static final Instant NOW = Instant.parse("2024-03-01T10:00:00Z");

    private static ContentClassified event(String text) {
        var content = new Content("tiktok", "7301", "https://www.tiktok.com/@toko/video/7301", "6789", "toko", text,
                NOW.minusSeconds(60), NOW, "a".repeat(64));
        return new ContentClassified(UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"), 1, content,
                Verdict.VIOLATION, 4.5, List.of(new MatchedTerm("term.bal", "bongkar bal", 0, 11, 1.5)),
                "second-hand-clothing", 3, NOW);
    }

    @Test
    void theSnapshotIsCanonicalAndItsDigestIsStable() {
        EvidenceSnapshot one = EvidenceSnapshot.of(event("Bongkar bal thrift"));
        EvidenceSnapshot two = EvidenceSnapshot.of(event("Bongkar bal thrift"));
        assertEquals(one, two);
        assertEquals(64, one.sha256().length());
        assertEquals(AuditChain.sha256(one.json()), one.sha256());
        assertTrue(one.json().startsWith("{\"classification\":{\"classifiedAt\":\"2024-03-01T10:00:00Z\""), one.json());
        assertTrue(one.json().contains("\"ruleSetId\":\"second-hand-clothing\",\"ruleSetVersion\":3"), one.json());
    }

    @Test
    void anyChangeOfTheContentChangesTheDigest() {
        assertNotEquals(EvidenceSnapshot.of(event("Bongkar bal thrift")).sha256(),
                EvidenceSnapshot.of(event("Bongkar bal thrift!")).sha256());
    }

    @Test
    void mediaHashesMetricsAndTextsOfTheFullContentModelAreEvidence() {
        var content = new Content("youtube", "dQw4w9WgXcQ", "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "UC123", "tokothrift",
                "Bongkar bal", NOW.minusSeconds(60), NOW, "b".repeat(64), "Toko Thrift", 12_000L,
                new ContentTexts("Bongkar bal", List.of("thrifting"), "Live bongkar bal", null, "BAL KOREA"),
                List.of(new ContentMedia("VIDEO", "https://cdn.example/v.mp4", "c".repeat(64), 1_048_576L)),
                new ContentMetrics(50_000L, 1_200L, 30L, 75L), ContentSource.CONNECTOR, "id");
        var event = new ContentClassified(UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"), 2, content,
                Verdict.VIOLATION, 0.93, List.of(), "second-hand-clothing", 2, NOW, "second-hand-clothing-lr.v1");
        String json = EvidenceSnapshot.of(event).json();
        assertTrue(json.contains("\"media\":[{\"sha256\":\"" + "c".repeat(64) + "\",\"sizeBytes\":1048576,\"type\":\"VIDEO\""), json);
        assertTrue(json.contains("\"metrics\":{\"comments\":75,\"likes\":1200,\"shares\":30,\"views\":50000}"), json);
        assertTrue(json.contains("\"onScreenText\":\"BAL KOREA\""), json);
        assertTrue(json.contains("\"authorFollowerCount\":12000"), json);
        assertTrue(json.contains("\"source\":\"CONNECTOR\""), json);
        assertTrue(json.contains("\"modelVersion\":\"second-hand-clothing-lr.v1\""), json);
    }

    @Test
    void evidenceOfAnOlderProducerKeepsItsShape() {
        String json = EvidenceSnapshot.of(event("Bongkar bal thrift")).json();
        assertTrue(!json.contains("\"media\"") && !json.contains("\"metrics\"") && !json.contains("\"texts\""), json);
    }
}
