package id.pantau.ingestion.rest;

import static id.pantau.ingestion.ContentApi.body;
import static id.pantau.ingestion.ContentApi.fetch;
import static id.pantau.ingestion.ContentApi.submit;
import static id.pantau.ingestion.ContentApi.uniqueExternalId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import id.pantau.ingestion.ContentApi;
import id.pantau.ingestion.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class ContentQueryTest {

    private static final String PROBLEM = "application/problem+json";

    private String tiktokContent;

    @BeforeEach
    void storeTiktokContent() {
        tiktokContent = submit(Tokens.crawler(), body("tiktok", uniqueExternalId(), "Open PO bal thrift Jepang"))
                .statusCode(202).extract().path("id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyst1", "reviewer1", "supervisor1", "auditor1"})
    void ministryUsersReadAnyContent(String user) {
        fetch(Tokens.user(user), tiktokContent).statusCode(200)
                .body("id", equalTo(tiktokContent))
                .body("versions[0].text", equalTo("Open PO bal thrift Jepang"));
    }

    @Test
    void anIngestorReadsAnyContent() {
        fetch(Tokens.crawler(), tiktokContent).statusCode(200).body("platform", equalTo("tiktok"));
    }

    @Test
    void aPlatformClientReadsItsOwnPlatformsContent() {
        fetch(Tokens.client("tiktok"), tiktokContent).statusCode(200).body("id", equalTo(tiktokContent));
    }

    @Test
    void anotherPlatformsContentLooksMissingToAPlatformClient() {
        fetch(Tokens.client("meta"), tiktokContent).statusCode(404).contentType(PROBLEM)
                .body("status", equalTo(404));
    }

    @Test
    void anAdminIsNotAReaderOfContent() {
        fetch(Tokens.user("admin1"), tiktokContent).statusCode(403);
    }

    @Test
    void readingNeedsAToken() {
        given().when().get(ContentApi.PATH + "/" + tiktokContent).then().statusCode(401);
    }

    @Test
    void unknownContentIsNotFound() {
        fetch(Tokens.user("analyst1"), UUID.randomUUID().toString()).statusCode(404).contentType(PROBLEM)
                .body("status", equalTo(404));
    }

    @Test
    void anIdThatIsNotAUuidIsABadRequest() {
        fetch(Tokens.user("analyst1"), "not-a-uuid").statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400));
    }
}
