package id.pantau.ingestion.rest;

import static id.pantau.ingestion.ContentApi.body;
import static id.pantau.ingestion.ContentApi.submit;
import static id.pantau.ingestion.ContentApi.uniqueExternalId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.pantau.ingestion.Tokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IngestionMetricsTest {

    @Inject
    MeterRegistry registry;

    @Test
    void everySubmissionIsCountedByPlatformAndOutcome() {
        double accepted = count("youtube", "accepted");
        double duplicate = count("youtube", "duplicate");
        double edited = count("youtube", "edited");
        String externalId = uniqueExternalId();

        submit(Tokens.crawler(), body("youtube", externalId, "Thrifting haul")).statusCode(202);
        submit(Tokens.crawler(), body("youtube", externalId, "Thrifting haul")).statusCode(200);
        submit(Tokens.crawler(), body("youtube", externalId, "Thrifting haul part 2")).statusCode(202);

        assertEquals(accepted + 1, count("youtube", "accepted"));
        assertEquals(duplicate + 1, count("youtube", "duplicate"));
        assertEquals(edited + 1, count("youtube", "edited"));
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("pantau_content_ingested_total{outcome=\"accepted\",platform=\"youtube\"}"));
    }

    private double count(String platform, String outcome) {
        return registry.get("pantau.content.ingested").tags("platform", platform, "outcome", outcome).counter().count();
    }
}
