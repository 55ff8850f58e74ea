package id.pantau.cases.ops;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import id.pantau.cases.support.CaseFixtures;
import id.pantau.events.Verdict;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

    private static final Pattern OPEN_GAUGE = Pattern.compile("(?m)^pantau_cases\\{state=\"OPEN\"\\} ([0-9.E]+)$");

    @Inject
    CaseFixtures fixtures;

    @Test
    void casesByStateAreAPrometheusGauge() {
        fixtures.openCase("tiktok", Verdict.REVIEW, 1.0);
        await().atMost(CaseFixtures.WAIT).until(() -> {
            Matcher m = OPEN_GAUGE.matcher(given().get("/q/metrics").then().statusCode(200).extract().asString());
            return m.find() && Double.parseDouble(m.group(1)) >= 1;
        });
        given().get("/q/metrics").then().body(containsString("pantau_cases{state=\"CLOSED\"}"));
    }

    @Test
    void readinessCoversDatabaseAndKafka() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(containsString("Reactive PostgreSQL connections health check"))
                .body(containsString("Kafka"));
    }

    @Test
    void theOpenApiDocumentListsTheApi() {
        given().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/cases/{id}/approve"))
                .body(containsString("/api/v1/platform/notices/{id}/action"))
                .body(containsString("/api/v1/platform/notices/{id}/reject"))
                .body(containsString("/api/v1/platform/notices/{id}/clarification-request"))
                .body(containsString("/api/v1/cases/{id}/clarify"))
                .body(containsString("/api/v1/cases/{id}/withdraw"))
                .body(containsString("/api/v1/legal-bases"))
                .body(containsString("/api/v1/sla-policies/{platform}"))
                .body(containsString("/api/v1/platform-records/{platform}"));
    }
}
