package id.pantau.cases.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.pantau.cases.support.CaseFixtures;
import id.pantau.cases.support.Tokens;
import id.pantau.events.Verdict;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** GET /api/v1/cases/{id}/evidence: a bundle whose manifest anyone can recompute. */
@QuarkusTest
class EvidenceBundleTest {

    @Inject
    CaseFixtures fixtures;

    @Test
    void recomputingTheManifestFromTheBundleMatches() throws Exception {
        UUID contentId = UUID.randomUUID();
        String externalId = CaseFixtures.uniqueExternalId();
        fixtures.publish(fixtures.classification(contentId, 1, "tiktok", externalId, Verdict.VIOLATION, 3.0,
                "Bongkar bal impor " + externalId));
        String caseId = fixtures.awaitCaseId(externalId);
        fixtures.publish(fixtures.classification(contentId, 2, "tiktok", externalId, Verdict.VIOLATION, 3.5,
                "Bongkar bal impor, edited " + externalId));
        await().atMost(CaseFixtures.WAIT).until(() -> fixtures.detail(caseId).getList("evidence").size() == 2);

        JsonPath bundle = given().auth().oauth2(Tokens.user("auditor1"))
                .get("/api/v1/cases/" + caseId + "/evidence")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(caseId, bundle.getString("caseId"));
        assertEquals("SHA-256", bundle.getString("algorithm"));
        Map<String, String> files = bundle.getMap("files");
        assertEquals(List.of("case.json", "evidence-v1.json", "evidence-v2.json"), List.copyOf(files.keySet()));

        Map<String, String> manifest = new LinkedHashMap<>();
        for (String line : bundle.getString("manifest").split("\n")) {
            String[] parts = line.split("  ", 2);
            manifest.put(parts[1], parts[0]);
        }
        assertEquals(files.keySet(), manifest.keySet());
        files.forEach((name, content) -> assertEquals(manifest.get(name), sha256(content), name));

        // The snapshots are the stored ones: their digests are those the case file (and its notices) cite.
        JsonPath detail = fixtures.detail(caseId);
        assertEquals(detail.getString("evidence[0].sha256"), manifest.get("evidence-v1.json"));
        assertEquals(detail.getString("evidence[1].sha256"), manifest.get("evidence-v2.json"));
        assertTrue(files.get("evidence-v2.json").contains("edited"));
        assertTrue(files.get("case.json").contains("\"caseId\":\"" + caseId + "\""));
    }

    @Test
    void theBundleNamesTheDigestEachNoticeCites() {
        var approved = fixtures.approvedCase("tiktok");
        JsonPath bundle = given().auth().oauth2(Tokens.user("supervisor1"))
                .get("/api/v1/cases/" + approved.caseId() + "/evidence")
                .then().statusCode(200).extract().jsonPath();
        String digest = fixtures.detail(approved.caseId()).getString("notice.evidenceDigest");
        assertTrue(bundle.getString("manifest").startsWith(sha256(bundle.getMap("files").get("case.json").toString())));
        assertTrue(bundle.getString("manifest").contains(digest + "  evidence-v1.json"));
        assertTrue(bundle.getString("files.'case.json'").contains("\"evidenceDigest\":\"" + digest + "\""));
    }

    @Test
    void unknownCasesAre404AndOnlyMinistryRolesExport() {
        given().auth().oauth2(Tokens.user("auditor1")).get("/api/v1/cases/" + UUID.randomUUID() + "/evidence")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.user("auditor1")).get("/api/v1/cases/nope/evidence")
                .then().statusCode(404).contentType("application/problem+json");
        String caseId = fixtures.openCase("tiktok", Verdict.REVIEW, 1.0);
        given().get("/api/v1/cases/" + caseId + "/evidence").then().statusCode(401);
        given().auth().oauth2(Tokens.platform("tiktok")).get("/api/v1/cases/" + caseId + "/evidence").then().statusCode(403);
        given().auth().oauth2(Tokens.user("admin1")).get("/api/v1/cases/" + caseId + "/evidence").then().statusCode(403);
        for (String user : List.of("analyst1", "reviewer1", "supervisor1", "supervisor2", "auditor1")) {
            given().auth().oauth2(Tokens.user(user)).get("/api/v1/cases/" + caseId + "/evidence").then().statusCode(200);
        }
    }

    private static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
