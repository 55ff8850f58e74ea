package id.pantau.notification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What an operator relies on: readiness that covers the database and Kafka, metrics, OpenAPI. */
@QuarkusTest
class OperationsTest {

    @Test
    void readinessCoversDatabaseAndKafka() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("PostgreSQL")))
                .body("checks.name", hasItem(containsString("Messaging")));
    }

    @Test
    void deliveryCounterIsExposed() {
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("pantau_notice_deliveries_total{outcome=\"failed\"}"))
                .body(containsString("pantau_notice_deliveries_total{outcome=\"retrying\"}"));
    }

    @Test
    void openApiDescribesTheApi() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("/api/v1/platforms/{platform}/endpoint"))
                .body(containsString("/api/v1/deliveries/{id}/resend"));
    }
}
