package id.pantau.notification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import id.pantau.events.NoticeRequested;
import id.pantau.notification.Notices;
import id.pantau.notification.Tokens;
import id.pantau.notification.WebhookReceiver;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may read the delivery log and resend, and what bad requests get. */
@QuarkusTest
class DeliveryApiTest {

    private static final String PROBLEM = "application/problem+json";

    @BeforeEach
    void shopeeListensOnTheReceiver() {
        WebhookReceiver receiver = WebhookReceiver.shared();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(), "secret", receiver.secret()))
                .when().put("/api/v1/platforms/shopee/endpoint").then().statusCode(200);
    }

    private static String deliveredDeliveryId() {
        NoticeRequested notice = Notices.notice("shopee");
        Notices.publish(notice);
        Notices.awaitStatus(notice.noticeId(), "DELIVERED");
        return given().auth().oauth2(Tokens.admin()).queryParam("noticeId", notice.noticeId().toString())
                .when().get("/api/v1/deliveries").then().statusCode(200).extract().path("id");
    }

    @Test
    void ministryReadersSeeTheLogOthersDoNot() {
        String id = deliveredDeliveryId();
        for (String token : new String[] {Tokens.admin(), Tokens.supervisor(), Tokens.auditor()}) {
            given().auth().oauth2(token).when().get("/api/v1/deliveries/{id}", id)
                    .then().statusCode(200).body("id", equalTo(id)).body("status", equalTo("DELIVERED"));
        }
        given().when().get("/api/v1/deliveries/{id}", id).then().statusCode(401);
        given().queryParam("noticeId", UUID.randomUUID().toString()).when().get("/api/v1/deliveries").then().statusCode(401);
        given().auth().oauth2(Tokens.analyst()).when().get("/api/v1/deliveries/{id}", id).then().statusCode(403);
        given().auth().oauth2(Tokens.platform("tiktok")).queryParam("noticeId", UUID.randomUUID().toString())
                .when().get("/api/v1/deliveries").then().statusCode(403);
    }

    @Test
    void badLookupsAreProblems() {
        given().auth().oauth2(Tokens.auditor()).when().get("/api/v1/deliveries")
                .then().statusCode(400).contentType(PROBLEM).body("status", equalTo(400));
        given().auth().oauth2(Tokens.auditor()).queryParam("noticeId", "not-a-uuid").when().get("/api/v1/deliveries")
                .then().statusCode(400).contentType(PROBLEM);
        given().auth().oauth2(Tokens.auditor()).queryParam("noticeId", UUID.randomUUID().toString())
                .when().get("/api/v1/deliveries").then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.auditor()).when().get("/api/v1/deliveries/{id}", "nope")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void onlySupervisorsResendAndOnlyFailedDeliveries() {
        String id = deliveredDeliveryId();
        given().when().post("/api/v1/deliveries/{id}/resend", id).then().statusCode(401);
        for (String token : new String[] {Tokens.analyst(), Tokens.auditor(), Tokens.admin(), Tokens.platform("tiktok")}) {
            given().auth().oauth2(token).when().post("/api/v1/deliveries/{id}/resend", id).then().statusCode(403);
        }
        given().auth().oauth2(Tokens.supervisor()).when().post("/api/v1/deliveries/{id}/resend", id)
                .then().statusCode(409).contentType(PROBLEM).body("status", equalTo(409));
        given().auth().oauth2(Tokens.supervisor()).when().post("/api/v1/deliveries/{id}/resend", UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.supervisor()).when().post("/api/v1/deliveries/{id}/resend", "nope")
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.auditor()).when().get("/api/v1/deliveries/{id}", id)
                .then().statusCode(200).body("status", equalTo("DELIVERED")).body("resentBy", equalTo(null));
    }
}
