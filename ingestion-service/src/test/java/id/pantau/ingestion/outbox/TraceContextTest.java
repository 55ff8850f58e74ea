package id.pantau.ingestion.outbox;

import static id.pantau.ingestion.ContentApi.body;
import static id.pantau.ingestion.ContentApi.uniqueExternalId;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.pantau.ingestion.ContentApi;
import id.pantau.ingestion.IngestedEvents;
import id.pantau.ingestion.Tokens;
import id.pantau.local.TracingOn;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * With tracing on, as in the cluster: an event published by the outbox relay carries the trace of the request
 * that wrote it, although the relay sends it later on a timer of its own.
 */
@QuarkusTest
@TestProfile(TracingOn.class)
class TraceContextTest {

    @Test
    void aSinglePostsEventContinuesTheCallersTrace() {
        String traceId = TracingOn.newTraceId();
        UUID id = UUID.fromString(tracedCall(traceId)
                .body(body("tiktok", uniqueExternalId(), "Bongkar bal Korea"))
                .when().post(ContentApi.PATH)
                .then().statusCode(202).extract().path("id"));

        assertEquals(traceId, IngestedEvents.upToVersion(id, 1).getLast().traceId());
    }

    @Test
    void everyEventOfABatchContinuesTheCallersTrace() {
        String traceId = TracingOn.newTraceId();
        List<Map<String, Object>> items = List.of(body("tiktok", uniqueExternalId(), "Thrift bal impor"),
                body("youtube", uniqueExternalId(), "Hidden gem thrift"));
        List<String> ids = tracedCall(traceId).body(items)
                .when().post("/api/v1/content/batch")
                .then().statusCode(200).extract().path("id");

        for (String id : ids) {
            assertEquals(traceId, IngestedEvents.upToVersion(UUID.fromString(id), 1).getLast().traceId(), id);
        }
    }

    /** A call that is part of a trace the caller started (W3C traceparent, sampled). */
    private static RequestSpecification tracedCall(String traceId) {
        return given().auth().oauth2(Tokens.crawler()).contentType(ContentType.JSON)
                .header("traceparent", TracingOn.traceParent(traceId));
    }
}
