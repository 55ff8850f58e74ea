package id.pantau.cases.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.cases.support.CaseFixtures;
import id.pantau.cases.support.Tokens;
import id.pantau.events.NoticeRequested;
import id.pantau.events.Verdict;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LegalBasisTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String CATALOGUE = "/api/v1/legal-bases";

    @Inject
    CaseFixtures fixtures;

    @Inject
    ObjectMapper json;

    @ParameterizedTest
    @ValueSource(strings = {"analyst1", "reviewer1", "supervisor1", "supervisor2", "auditor1"})
    void ministryRolesReadTheCatalogue(String user) {
        given().auth().oauth2(Tokens.user(user)).get(CATALOGUE)
                .then().statusCode(200)
                .body("id", hasItems("uu-7-2014-art-47-1", "permendag-18-2021-jo-40-2022"))
                .body("find { it.id == 'uu-7-2014-art-47-1' }.citation", equalTo("UU 7/2014 Pasal 47 ayat (1)"))
                .body("find { it.id == 'uu-7-2014-art-47-1' }.text.id",
                        equalTo("Setiap Importir wajib mengimpor Barang dalam keadaan baru."))
                .body("find { it.id == 'uu-7-2014-art-47-1' }.text.en",
                        equalTo("Every importer must import goods in new condition."))
                .body("find { it.id == 'permendag-18-2021-jo-40-2022' }.citation",
                        equalTo("Permendag 18/2021 jo. Permendag 40/2022"))
                .body("find { it.id == 'permendag-18-2021-jo-40-2022' }.text.id", containsString("HS 6309"))
                .body("find { it.id == 'permendag-18-2021-jo-40-2022' }.text.en", containsString("HS 6309"))
                .body("find { it.id == 'permendag-18-2021-jo-40-2022' }.title.en", containsString("40 of 2022"));
    }

    @Test
    void theCatalogueNeedsAMinistryToken() {
        given().get(CATALOGUE).then().statusCode(401);
        given().auth().oauth2(Tokens.platform("tiktok")).get(CATALOGUE).then().statusCode(403);
        given().auth().oauth2(Tokens.platform("crawler")).get(CATALOGUE).then().statusCode(403);
        given().auth().oauth2(Tokens.user("admin1")).get(CATALOGUE).then().statusCode(403);
    }

    /** The ids, and the citations the README and the system tests send, all name a catalogue entry. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "permendag-18-2021-jo-40-2022           | permendag-18-2021-jo-40-2022 | Permendag 18/2021 jo. Permendag 40/2022",
        "Permendag 18/2021 jo. Permendag 40/2022 | permendag-18-2021-jo-40-2022 | Permendag 18/2021 jo. Permendag 40/2022",
        "uu-7-2014-art-47-1                     | uu-7-2014-art-47-1           | UU 7/2014 Pasal 47 ayat (1)",
        "UU 7/2014 Pasal 47 ayat (1)            | uu-7-2014-art-47-1           | UU 7/2014 Pasal 47 ayat (1)",
        "'  uu 7/2014  pasal 47 ayat (1) '      | uu-7-2014-art-47-1           | UU 7/2014 Pasal 47 ayat (1)"})
    void aProposalCitesACatalogueEntryAndItsNoticeCarriesTheCitation(String named, String id, String citation)
            throws Exception {
        String caseId = fixtures.openCase("tiktok", Verdict.VIOLATION, 3.0);
        given().auth().oauth2(Tokens.user("analyst1")).contentType(ContentType.JSON)
                .body(Map.of("legalBasis", named, "reason", "Sells imported used clothing"))
                .post("/api/v1/cases/" + caseId + "/propose")
                .then().statusCode(200).body("legalBasisId", equalTo(id)).body("legalBasis", equalTo(citation));
        JsonPath approved = given().auth().oauth2(Tokens.user("reviewer1"))
                .post("/api/v1/cases/" + caseId + "/approve")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(citation, approved.getString("legalBasis"));

        var requested = fixtures.events(NoticeRequested.TOPIC, e -> caseId.equals(e.key()), CaseFixtures.WAIT);
        assertEquals(citation, json.readTree(requested.getFirst().data()).get("legalBasis").asText());
        given().auth().oauth2(Tokens.platform("tiktok")).get("/api/v1/platform/notices/" + approved.getString("notice.id"))
                .then().statusCode(200).body("legalBasisId", equalTo(id)).body("legalBasis", equalTo(citation));
    }

    @Test
    void anUnknownLegalBasisIsA400ListingTheValidIdsAndChangesNothing() {
        String caseId = fixtures.openCase("tiktok", Verdict.VIOLATION, 3.0);
        given().auth().oauth2(Tokens.user("analyst1")).contentType(ContentType.JSON)
                .body(Map.of("legalBasis", "KUHP Pasal 1", "reason", "r"))
                .post("/api/v1/cases/" + caseId + "/propose")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("uu-7-2014-art-47-1"))
                .body("detail", containsString("permendag-18-2021-jo-40-2022"));
        JsonPath detail = fixtures.detail(caseId);
        assertEquals("OPEN", detail.getString("state"));
        assertEquals(1, detail.getList("audit").size());
        assertEquals(null, detail.getString("legalBasis"));
    }
}
