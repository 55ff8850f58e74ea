package id.pantau.ingestion;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * One WireMock server for the TikTok and YouTube APIs (their real paths) and classifier-service (under
 * {@code /classifier}). Connectors run only when a test calls them: their schedules are off.
 */
public class PlatformStubs implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;

    public static WireMockServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        String base = server.baseUrl();
        return Map.ofEntries(
                Map.entry("quarkus.rest-client.classifier.url", base + "/classifier"),
                Map.entry("pantau.ingestion.connectors.tiktok.base-url", base),
                Map.entry("pantau.ingestion.connectors.tiktok.client-key", "test-client-key"),
                Map.entry("pantau.ingestion.connectors.tiktok.client-secret", "test-client-secret"),
                Map.entry("pantau.ingestion.connectors.tiktok.enabled", "true"),
                Map.entry("pantau.ingestion.connectors.tiktok.every", "off"),
                Map.entry("pantau.ingestion.connectors.tiktok.retry-backoff", "20ms"),
                Map.entry("pantau.ingestion.connectors.youtube.base-url", base),
                Map.entry("pantau.ingestion.connectors.youtube.api-key", "test-api-key"),
                Map.entry("pantau.ingestion.connectors.youtube.enabled", "true"),
                Map.entry("pantau.ingestion.connectors.youtube.every", "off"),
                Map.entry("pantau.ingestion.connectors.youtube.retry-backoff", "20ms"),
                Map.entry("pantau.ingestion.connectors.youtube.daily-quota", "1000"),
                Map.entry("pantau.ingestion.removal.every", "off"),
                Map.entry("pantau.ingestion.short-links.endpoints.\"vm.tiktok.com\"", base + "/short/vm"),
                Map.entry("pantau.ingestion.short-links.endpoints.\"vt.tiktok.com\"", base + "/short/vt"),
                Map.entry("pantau.ingestion.short-links.endpoints.\"fb.watch\"", base + "/short/fbwatch"));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
