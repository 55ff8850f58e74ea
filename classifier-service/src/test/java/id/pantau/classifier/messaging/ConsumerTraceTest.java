package id.pantau.classifier.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.classifier.TestSupport;
import id.pantau.events.Content;
import id.pantau.events.ContentClassified;
import id.pantau.events.ContentIngested;
import id.pantau.local.KafkaEvents;
import id.pantau.local.TracingOn;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * With tracing on, as in the cluster: the classification of an event and the event announcing it, published
 * later by the outbox relay, belong to the trace the ingested event came with.
 */
@QuarkusTest
@TestProfile(TracingOn.class)
class ConsumerTraceTest {

    @Inject
    ObjectMapper json;

    @Test
    void theClassifiedEventContinuesTheIngestedEventsTrace() throws Exception {
        UUID contentId = UUID.randomUUID();
        String traceId = TracingOn.newTraceId();
        Instant now = Instant.now();
        Content content = new Content("tiktok", "tt-" + contentId, "https://www.tiktok.com/@toko/video/" + contentId,
                "author-1", "@toko", "Bongkar bal impor Korea, thrifting mulai 10rb", now.minusSeconds(60), now,
                "sha256:" + contentId);
        KafkaEvents.publish(TestSupport.bootstrap(), ContentIngested.TOPIC, contentId.toString(), ContentIngested.TYPE,
                json.writeValueAsString(new ContentIngested(contentId, 1, content)), UUID.randomUUID().toString(),
                Map.of("traceparent", TracingOn.traceParent(traceId)));

        KafkaEvents.Event classified = ContentIngestedConsumerTest.awaitOne(ContentClassified.TOPIC,
                event -> contentId.toString().equals(event.key()));

        assertEquals(traceId, classified.traceId());
    }
}
