package id.pantau.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.pantau.events.NoticeRequested;
import id.pantau.events.NoticeStatus;
import id.pantau.local.KafkaEvents;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/** Builds, publishes and awaits the events of this service's conversation with case-service. */
public final class Notices {

    public static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Notices() {
    }

    public static NoticeRequested notice(String platform) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        UUID noticeId = UUID.randomUUID();
        return new NoticeRequested(noticeId, UUID.randomUUID(), UUID.randomUUID(), platform,
                "ext-" + noticeId, "https://www.example.com/" + platform + "/" + noticeId, "author-42",
                "Kementerian Koperasi dan UKM", "Permendag 40/2022 jo. Permendag 18/2021",
                "Promosi pakaian bekas impor (HS 6309.00.00)", "REMOVE", "NORMAL", now.plus(Duration.ofHours(24)),
                "a".repeat(64), "https://pantau.example/api/v1/platform/notices/" + noticeId, now);
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Publishes like case-service does: key = case id, a fresh CloudEvent id; returns the id. */
    public static String publish(NoticeRequested notice) {
        return KafkaEvents.publish(bootstrap(), NoticeRequested.TOPIC, notice.caseId().toString(), NoticeRequested.TYPE,
                json(notice));
    }

    public static void publish(NoticeRequested notice, String eventId) {
        KafkaEvents.publish(bootstrap(), NoticeRequested.TOPIC, notice.caseId().toString(), NoticeRequested.TYPE,
                json(notice), eventId);
    }

    /** Waits for the notice.status event of this notice with this status (DELIVERED, RETRYING, FAILED). */
    public static KafkaEvents.Event awaitStatus(UUID noticeId, String status) {
        List<KafkaEvents.Event> found = statuses(noticeId, status);
        if (found.isEmpty()) {
            throw new AssertionError("No " + status + " notice.status event for notice " + noticeId + " within " + WAIT);
        }
        return found.getFirst();
    }

    public static List<KafkaEvents.Event> statuses(UUID noticeId, String status) {
        return KafkaEvents.await(bootstrap(), NoticeStatus.TOPIC, event -> {
            JsonNode data = tree(event.data());
            return noticeId.toString().equals(data.path("noticeId").asText()) && status.equals(data.path("status").asText());
        }, WAIT);
    }

    public static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }
}
