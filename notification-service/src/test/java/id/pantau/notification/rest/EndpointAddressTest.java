package id.pantau.notification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import id.pantau.events.NoticeRequested;
import id.pantau.notification.Notices;
import id.pantau.notification.Tokens;
import id.pantau.notification.WebhookReceiver;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The SSRF guard: a webhook URL that resolves to an internal address is refused at registration
 * (400) and, if it turns internal later (DNS changed), at delivery time. %test allows 127.0.0.0/8
 * and ::1 for the local receivers, and plain http.
 */
@QuarkusTest
class EndpointAddressTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void internalAddressesAreRefusedAtRegistrationAndNothingChanges() {
        String before = given().auth().oauth2(Tokens.admin()).when().get("/api/v1/platforms/tokopedia")
                .then().statusCode(200).extract().path("webhookUrl");
        for (String url : List.of("http://10.0.0.5/hook", "http://169.254.169.254/latest/meta-data/",
                "https://192.168.1.10/hook", "http://[fd00:ec2::254]/", "http://0.0.0.0:8080/hook",
                "http://[::ffff:10.1.2.3]/hook")) {
            given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                    .body(Map.of("url", url, "secret", "tokopedia-secret-" + UUID.randomUUID()))
                    .when().put("/api/v1/platforms/tokopedia/endpoint")
                    .then().statusCode(400).contentType(PROBLEM).body("status", equalTo(400))
                    .body("detail", containsString("internal address"));
        }
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/platforms/tokopedia")
                .then().statusCode(200).body("webhookUrl", equalTo(before));
    }

    @Test
    void theAllowListLetsTheLocalReceiverIn() {
        WebhookReceiver receiver = WebhookReceiver.shared();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url().replace("127.0.0.1", "localhost"), "secret", receiver.secret()))
                .when().put("/api/v1/platforms/tokopedia/endpoint").then().statusCode(200);
    }

    @Test
    void anEndpointThatTurnedInternalIsNotCalledAndGoesToAPerson() throws Exception {
        NoticeRequested notice = Notices.notice("tiktok");
        // As if tiktok's DNS now answered with a private address: the row says what was registered.
        var config = ConfigProvider.getConfig();
        try (var db = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class))) {
            given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                    .body(Map.of("url", WebhookReceiver.shared().url(), "secret", "tiktok-secret-0123456789abc"))
                    .when().put("/api/v1/platforms/tiktok/endpoint").then().statusCode(200);
            try (var update = db.prepareStatement("update platform set webhook_url = 'http://10.20.30.40:8080/hook' where id = 'tiktok'")) {
                update.executeUpdate();
            }
        }
        Notices.publish(notice);

        JsonNode failed = Notices.tree(Notices.awaitStatus(notice.noticeId(), "FAILED").data());
        assertEquals(1, failed.get("attempt").asInt());
        given().auth().oauth2(Tokens.auditor()).queryParam("noticeId", notice.noticeId().toString())
                .when().get("/api/v1/deliveries").then().statusCode(200)
                .body("status", equalTo("FAILED"))
                .body("lastError", containsString("address policy"))
                .body("lastError", containsString("10.20.30.40"))
                .body("attempts[0].httpStatus", equalTo(null));
    }
}
