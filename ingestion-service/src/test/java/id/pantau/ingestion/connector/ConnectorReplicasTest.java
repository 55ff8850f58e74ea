package id.pantau.ingestion.connector;

import static id.pantau.ingestion.connector.TikTokStubs.firstPage;
import static id.pantau.ingestion.connector.TikTokStubs.nextPage;
import static id.pantau.ingestion.connector.TikTokStubs.page;
import static id.pantau.ingestion.connector.TikTokStubs.token;
import static id.pantau.ingestion.connector.TikTokStubs.video;
import static id.pantau.ingestion.connector.TikTokStubs.videoId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import id.pantau.ingestion.PlatformStubs;
import id.pantau.ingestion.repository.ConnectorStateRepository;
import id.pantau.ingestion.service.ContentBatchIngestion;
import id.pantau.ingestion.service.IngestionMetrics;
import id.pantau.ingestion.service.connector.ConnectorRunner;
import id.pantau.ingestion.service.connector.SeedKeywords;
import id.pantau.ingestion.service.connector.TikTokConnector;
import id.pantau.ingestion.service.connector.TikTokTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two replicas' schedulers fire for the same connector at the same moment, against one database. */
@QuarkusTest
class ConnectorReplicasTest {

    private static final String KEYWORD = "bongkar bal";
    private static final String OTHER = "thrift";

    @Inject
    ConnectorRunner runner;

    @Inject
    ConnectorStateRepository states;

    @Inject
    ContentBatchIngestion ingestion;

    @Inject
    SeedKeywords keywords;

    @Inject
    IngestionMetrics metrics;

    @Inject
    Clock clock;

    @Inject
    TikTokConnector connector;

    @Inject
    TikTokTokens tokens;

    @Inject
    ObjectMapper json;

    private WireMockServer stubs;

    @BeforeEach
    void freshStubsAndState() {
        stubs = PlatformStubs.server();
        stubs.resetAll();
        tokens.invalidate();
        Connectors.reset("tiktok");
        ClassifierStubs.activeRuleSet(KEYWORD, OTHER);
        stubs.stubFor(WireMock.post(TikTokStubs.TOKEN).willReturn(token("clt.valid")));
    }

    @Test
    void twoReplicasRunningAConnectorAtOnceFetchAndStoreEveryPageExactlyOnce() throws Exception {
        int pages = 4;
        List<String> ids = new ArrayList<>();
        for (int p = 0; p < pages; p++) {
            String id = videoId();
            ids.add(id);
            boolean last = p == pages - 1;
            // Slow pages, so that the second replica's scheduler fires while the first one is still paging.
            var answer = page(List.of(video(id, "Bal impor " + p)), !last, p + 1, "search-r").withFixedDelay(300);
            stubs.stubFor((p == 0 ? firstPage(KEYWORD) : nextPage(KEYWORD, p, "search-r")).willReturn(answer));
        }
        String other = videoId();
        stubs.stubFor(firstPage(OTHER).willReturn(page(List.of(video(other, "Thrift")), false, 1, "search-o")));
        ConnectorRunner otherReplica = new ConnectorRunner(states, ingestion, keywords, metrics, clock);

        List<ConnectorRunner.RunResult> results = atOnce(runner, otherReplica);

        List<String> outcomes = results.stream().map(ConnectorRunner.RunResult::outcome).sorted().toList();
        assertEquals(List.of("BUSY", "COMPLETED"), outcomes);
        ConnectorRunner.RunResult completed = results.stream().filter(r -> r.outcome().equals("COMPLETED")).findFirst()
                .orElseThrow();
        assertEquals(pages + 1, completed.pages());
        // Each page asked for once: the first (no cursor), then cursors 1, 2 and 3; the other keyword's one page.
        assertEquals(List.of(0L, 1L, 2L, 3L), requestedCursors(KEYWORD));
        assertEquals(List.of(0L), requestedCursors(OTHER));
        ids.add(other);
        for (String id : ids) {
            assertEquals(1, Connectors.versionCount("tiktok", id), id);
        }

        // The lease is given back at the end of the run: the other replica runs the next one.
        stubs.stubFor(firstPage(KEYWORD).willReturn(page(List.of(video(ids.getFirst(), "Bal impor 0")), false, 1, "s2")));
        stubs.stubFor(firstPage(OTHER).willReturn(page(List.of(), false, 1, "s3")));
        assertEquals("COMPLETED", Connectors.await(() -> otherReplica.run(connector)).outcome());
    }

    private List<Long> requestedCursors(String keyword) throws Exception {
        List<Long> cursors = new ArrayList<>();
        for (var served : stubs.getAllServeEvents()) {
            if (!served.getRequest().getUrl().startsWith(TikTokStubs.QUERY)) {
                continue;
            }
            var body = json.readTree(served.getRequest().getBodyAsString());
            if (keyword.equals(body.path("query").path("and").path(0).path("field_values").path(0).asText())) {
                cursors.add(body.path("cursor").asLong(0));
            }
        }
        return cursors.stream().sorted().toList();
    }

    /** Both runs start together, each on its own thread and Vert.x context as on two replicas. */
    private List<ConnectorRunner.RunResult> atOnce(ConnectorRunner first, ConnectorRunner second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        try (ExecutorService replicas = Executors.newFixedThreadPool(2)) {
            List<Future<ConnectorRunner.RunResult>> runs = new ArrayList<>();
            for (ConnectorRunner replica : List.of(first, second)) {
                runs.add(replicas.submit(() -> {
                    start.await();
                    return Connectors.await(() -> replica.run(connector));
                }));
            }
            List<ConnectorRunner.RunResult> results = new ArrayList<>();
            for (Future<ConnectorRunner.RunResult> run : runs) {
                results.add(run.get());
            }
            return results;
        }
    }
}
