package id.pantau.ingestion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.events.ContentIngested;
import id.pantau.local.KafkaEvents;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/** Reads what the service published on {@code content.ingested}. */
public final class IngestedEvents {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private IngestedEvents() {
    }

    /**
     * Every event keyed by the content id, in publication order, up to and including the one for
     * {@code version}. One key lands on one partition, so anything published before that version is in
     * the list: a duplicate that wrongly published would show up as an extra entry.
     */
    public static List<KafkaEvents.Event> upToVersion(UUID contentId, int version) {
        List<KafkaEvents.Event> seen = new ArrayList<>();
        KafkaEvents.await(bootstrap(), ContentIngested.TOPIC, event -> {
            if (!contentId.toString().equals(event.key())) {
                return false;
            }
            seen.add(event);
            return data(event).path("version").asInt() == version;
        }, TIMEOUT);
        return seen;
    }

    public static JsonNode data(KafkaEvents.Event event) {
        try {
            return JSON.readTree(event.data());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }
}
