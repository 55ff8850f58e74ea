package id.pantau.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every event record, serialised the way the services serialise it, must satisfy its published schema. */
class EventSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaIdResolvers(ids -> ids.mapPrefix("https://pantau.id/schemas/", "classpath:schemas/")));

    private static final Instant NOW = Instant.parse("2026-11-29T10:15:30Z");
    private static final UUID CONTENT_ID = UUID.fromString("0b8f4a52-6a0e-4c8e-9d1c-2f2d6f7b5e11");
    private static final UUID CASE_ID = UUID.fromString("5c1e0c55-2a4f-4f0f-8d7a-7b6a3e9c1d22");
    private static final String HASH = "a".repeat(64);

    private static Content content() {
        return new Content("tiktok", "7301234567890", "https://www.tiktok.com/@tokothrift/video/7301234567890",
                "6789", "tokothrift", "Bongkar bal impor Korea, thrifting murah!", NOW.minusSeconds(3600), NOW, HASH);
    }

    private static List<Error> validate(String schemaFile, Object event) throws Exception {
        Schema schema = SCHEMAS.getSchema(SchemaLocation.of("https://pantau.id/schemas/" + schemaFile));
        return schema.validate(JSON.writeValueAsString(event), InputFormat.JSON);
    }

    @Test
    void contentIngestedMatchesSchema() throws Exception {
        assertEquals(List.of(), validate("content.ingested.v1.json", new ContentIngested(CONTENT_ID, 1, content())));
    }

    @Test
    void contentClassifiedMatchesSchema() throws Exception {
        var event = new ContentClassified(CONTENT_ID, 1, content(), Verdict.VIOLATION, 2.5,
                List.of(new MatchedTerm("term.bongkar-bal", "bongkar bal", 0, 11, 1.5)), "second-hand-clothing", 1, NOW);
        assertEquals(List.of(), validate("content.classified.v1.json", event));
    }

    @Test
    void caseStateChangedMatchesSchema() throws Exception {
        var opened = new CaseStateChanged(CASE_ID, CONTENT_ID, "tiktok", "7301234567890", null, "OPEN", "system", null, NOW);
        assertEquals(List.of(), validate("case.state-changed.v1.json", opened));
    }

    @Test
    void noticeRequestedMatchesSchema() throws Exception {
        var event = new NoticeRequested(UUID.randomUUID(), CASE_ID, CONTENT_ID, "tiktok", "7301234567890",
                "https://www.tiktok.com/@tokothrift/video/7301234567890", "6789", "Kementerian Koperasi dan UKM",
                "Permendag 40/2022", "Promotes imported second-hand clothing", "REMOVE", "NORMAL",
                NOW.plusSeconds(86400), HASH, "http://localhost:8083/api/v1/platform/notices/x", NOW);
        assertEquals(List.of(), validate("notice.requested.v1.json", event));
    }

    @Test
    void noticeStatusMatchesSchema() throws Exception {
        var event = new NoticeStatus(UUID.randomUUID(), CASE_ID, "tiktok", DeliveryStatus.DELIVERED, 1, "WEBHOOK", 200, null, NOW);
        assertEquals(List.of(), validate("notice.status.v1.json", event));
    }

    @Test
    void removalVerifiedMatchesSchema() throws Exception {
        var event = new RemovalVerified(CASE_ID, CONTENT_ID, "tiktok", "7301234567890",
                "https://www.tiktok.com/@tokothrift/video/7301234567890", RemovalResult.GONE, 3, "HTTP", 404, null, NOW);
        assertEquals(List.of(), validate("content.removal-verified.v1.json", event));
    }

    @Test
    void schemaRejectsAnEventWithoutItsContent() throws Exception {
        ObjectNode tree = JSON.valueToTree(new ContentIngested(CONTENT_ID, 1, content()));
        tree.remove("content");
        assertFalse(validate("content.ingested.v1.json", tree).isEmpty());
    }

    @Test
    void schemaRejectsAnUnknownPlatform() throws Exception {
        ObjectNode tree = JSON.valueToTree(new ContentIngested(CONTENT_ID, 1, content()));
        ((ObjectNode) tree.get("content")).put("platform", "myspace");
        assertFalse(validate("content.ingested.v1.json", tree).isEmpty());
    }

    @Test
    void knownPlatformsMatchTheSchemaEnum() throws Exception {
        var node = JSON.readTree(getClass().getResourceAsStream("/schemas/content.v1.json"));
        var schemaPlatforms = new java.util.HashSet<String>();
        node.at("/properties/platform/enum").forEach(p -> schemaPlatforms.add(p.asText()));
        assertEquals(Platforms.KNOWN, schemaPlatforms);
    }
}
