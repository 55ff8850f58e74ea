package id.pantau.ingestion.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import id.pantau.ingestion.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConnectorStatusTest {

    private static final String PATH = "/api/v1/connectors";

    @ParameterizedTest
    @ValueSource(strings = {"analyst1", "supervisor1", "admin1"})
    void operatorsSeeEveryConnectorWithItsConfiguration(String user) {
        given().auth().oauth2(Tokens.user(user)).accept(ContentType.JSON).when().get(PATH).then().statusCode(200)
                .body("name", contains("tiktok", "youtube"))
                .body("[0].enabled", equalTo(true))
                .body("[0].configured", equalTo(true))
                .body("[0].dailyQuota", equalTo(1000))
                .body("[0].schedule", equalTo("off"))
                .body("[1].dailyQuota", equalTo(1000));
    }

    @Test
    void anIdleConnectorHasNoCheckpoint() {
        id.pantau.ingestion.connector.Connectors.reset("youtube");
        given().auth().oauth2(Tokens.user("analyst1")).when().get(PATH).then().statusCode(200)
                .body("find { it.name == 'youtube' }.checkpoint", nullValue())
                .body("find { it.name == 'youtube' }.quotaUsed", equalTo(0))
                .body("find { it.name == 'youtube' }.errors", equalTo(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"reviewer1", "auditor1"})
    void otherMinistryRolesAreRefused(String user) {
        given().auth().oauth2(Tokens.user(user)).when().get(PATH).then().statusCode(403);
    }

    @Test
    void clientsAreRefused() {
        given().auth().oauth2(Tokens.crawler()).when().get(PATH).then().statusCode(403);
        given().auth().oauth2(Tokens.client("tiktok")).when().get(PATH).then().statusCode(403);
    }

    @Test
    void aTokenIsRequired() {
        given().when().get(PATH).then().statusCode(401);
    }
}
