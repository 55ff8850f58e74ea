package id.pantau.cases.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.pantau.cases.support.CaseFixtures;
import id.pantau.cases.support.Sql;
import id.pantau.cases.support.Tokens;
import id.pantau.events.Verdict;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GET /api/v1/audit and /api/v1/audit/verify. */
@QuarkusTest
class AuditResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    CaseFixtures fixtures;

    @Inject
    Sql sql;

    @Test
    void anEditedRowBreaksVerificationAtThatEntry() {
        String caseId = fixtures.openCase("tiktok", Verdict.REVIEW, 1.0);
        fixtures.propose(caseId, "analyst1");
        verify("auditor1").body("intact", equalTo(true)).body("firstBroken", nullValue());

        String original = fixtures.detail(caseId).getString("audit[1].reason");
        assertEquals(1, sql.tamper("audit_entry", "update audit_entry set reason = ? where case_id = ? and seq = 2",
                "Nothing to see here", UUID.fromString(caseId)));
        try {
            JsonPath result = verify("supervisor2").extract().jsonPath();
            assertFalse(result.getBoolean("intact"));
            assertEquals(caseId, result.getString("firstBroken.caseId"));
            assertEquals(2, result.getInt("firstBroken.seq"));
            assertTrue(result.getString("firstBroken.problem").contains("hash does not match"),
                    result.getString("firstBroken.problem"));
            assertTrue(result.getLong("entriesChecked") >= 2);
        } finally {
            sql.tamper("audit_entry", "update audit_entry set reason = ? where case_id = ? and seq = 2", original, UUID.fromString(caseId));
        }
        verify("auditor1").body("intact", equalTo(true));
    }

    @Test
    void theDatabaseRefusesToRewriteTheAuditLogOrTheEvidence() {
        String caseId = fixtures.openCase("tiktok", Verdict.REVIEW, 1.0);
        fixtures.propose(caseId, "analyst1");
        UUID id = UUID.fromString(caseId);
        for (String statement : List.of(
                "update audit_entry set reason = 'rewritten' where case_id = ?",
                "delete from audit_entry where case_id = ?",
                "update evidence set text = 'rewritten' where case_id = ?",
                "delete from evidence where case_id = ?")) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> sql.update(statement, id),
                    statement);
            assertTrue(refused.getCause().getMessage().contains("append-only"), refused.getCause().getMessage());
        }
        assertEquals(List.of("OPEN_CASE", "PROPOSE"), search("caseId", caseId).extract().jsonPath().getList("items.action"));
        verify("auditor1").body("intact", equalTo(true));
    }

    @Test
    void aRemovedLastEntryIsFoundThroughTheCaseHead() {
        String caseId = fixtures.openCase("tiktok", Verdict.REVIEW, 1.0);
        fixtures.propose(caseId, "analyst1");
        UUID id = UUID.fromString(caseId);
        // Moving the head forward is what deleting the last entry looks like from the chain's side.
        assertEquals(1, sql.update("update takedown_case set audit_seq = 3 where id = ?", id));
        try {
            verify("auditor1").body("intact", equalTo(false))
                    .body("firstBroken.caseId", equalTo(caseId))
                    .body("firstBroken.seq", equalTo(3))
                    .body("firstBroken.entryId", nullValue())
                    .body("firstBroken.problem", containsString("removed"));
        } finally {
            sql.update("update takedown_case set audit_seq = 2 where id = ?", id);
        }
    }

    @Test
    void theLogFiltersByCaseActorActionAndTime() {
        String caseId = fixtures.openCase("tiktok", Verdict.REVIEW, 1.0);
        fixtures.propose(caseId, "analyst1");
        JsonPath all = search("caseId", caseId).extract().jsonPath();
        assertEquals(List.of("OPEN_CASE", "PROPOSE"), all.getList("items.action"));
        assertEquals(List.of(caseId, caseId), all.getList("items.caseId"));
        assertNull(all.getString("nextCursor"));

        given().auth().oauth2(Tokens.user("auditor1")).queryParam("caseId", caseId).queryParam("actor", "analyst1")
                .get("/api/v1/audit").then().statusCode(200)
                .body("items.action", equalTo(List.of("PROPOSE")));
        given().auth().oauth2(Tokens.user("auditor1")).queryParam("caseId", caseId).queryParam("action", "OPEN_CASE")
                .get("/api/v1/audit").then().statusCode(200)
                .body("items.seq", equalTo(List.of(1)))
                .body("items.actor", everyItem(equalTo("system")));

        String proposedAt = all.getString("items[1].occurredAt");
        given().auth().oauth2(Tokens.user("auditor1")).queryParam("caseId", caseId).queryParam("from", proposedAt)
                .get("/api/v1/audit").then().statusCode(200).body("items.action", equalTo(List.of("PROPOSE")));
        given().auth().oauth2(Tokens.user("auditor1")).queryParam("caseId", caseId).queryParam("to", proposedAt)
                .get("/api/v1/audit").then().statusCode(200).body("items.action", equalTo(List.of("OPEN_CASE")));
    }

    @Test
    void aCursorWalksTheWholeLogOfACaseOneEntryAtATime() {
        String caseId = fixtures.openCase("tiktok", Verdict.REVIEW, 1.0);
        fixtures.propose(caseId, "analyst1");
        given().auth().oauth2(Tokens.user("reviewer1")).contentType("application/json")
                .body("{\"reason\":\"needs a better reason\"}")
                .post("/api/v1/cases/" + caseId + "/send-back").then().statusCode(200);
        List<Integer> seqs = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(Tokens.user("auditor1")).queryParam("caseId", caseId).queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/audit").then().statusCode(200).extract().jsonPath();
            seqs.addAll(page.getList("items.seq"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(List.of(1, 2, 3), seqs);
    }

    @ParameterizedTest
    @ValueSource(strings = {"caseId=not-a-uuid", "action=LAUNCH", "from=yesterday", "to=2026-13-01",
            "from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z", "cursor=!!!", "cursor=Zm9v", "limit=0", "limit=201"})
    void badFiltersAre400(String query) {
        given().auth().oauth2(Tokens.user("auditor1"))
                .get("/api/v1/audit?" + query)
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void onlyAuditorsAndSupervisorsReadTheLog() {
        given().get("/api/v1/audit").then().statusCode(401);
        given().get("/api/v1/audit/verify").then().statusCode(401);
        for (String user : List.of("analyst1", "reviewer1", "admin1")) {
            given().auth().oauth2(Tokens.user(user)).get("/api/v1/audit").then().statusCode(403);
            given().auth().oauth2(Tokens.user(user)).get("/api/v1/audit/verify").then().statusCode(403);
        }
        given().auth().oauth2(Tokens.platform("tiktok")).get("/api/v1/audit").then().statusCode(403);
    }

    private static io.restassured.response.ValidatableResponse verify(String user) {
        return given().auth().oauth2(Tokens.user(user)).get("/api/v1/audit/verify").then().statusCode(200)
                .body("verifiedAt", org.hamcrest.Matchers.notNullValue());
    }

    private static io.restassured.response.ValidatableResponse search(String name, String value) {
        return given().auth().oauth2(Tokens.user("auditor1")).queryParam(name, value).get("/api/v1/audit")
                .then().statusCode(200);
    }
}
