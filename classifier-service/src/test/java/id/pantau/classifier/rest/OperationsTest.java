package id.pantau.classifier.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What an operator relies on: readiness with its dependencies, metrics and the API description. */
@QuarkusTest
class OperationsTest {

    @Test
    void readinessCoversDatabaseAndKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsStringIgnoringCase("postgresql")))
                .body("checks.name", hasItem(containsStringIgnoringCase("kafka")));
    }

    @Test
    void verdictCounterIsExported() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("pantau_verdicts_total{source=\"ingested\",verdict=\"CLEAR\"}"));
    }

    @Test
    void apiIsDescribed() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body(containsString("/api/v1/classify"))
                .body(containsString("/api/v1/rulesets/active"));
    }
}
