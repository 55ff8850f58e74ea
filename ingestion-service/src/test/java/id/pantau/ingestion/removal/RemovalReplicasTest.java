package id.pantau.ingestion.removal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import id.pantau.commons.outbox.Outbox;
import id.pantau.events.CaseStateChanged;
import id.pantau.events.RemovalResult;
import id.pantau.events.RemovalVerified;
import id.pantau.ingestion.ContentApi;
import id.pantau.ingestion.PlatformStubs;
import id.pantau.ingestion.Tokens;
import id.pantau.ingestion.config.RemovalConfig;
import id.pantau.ingestion.connector.Connectors;
import id.pantau.ingestion.domain.RemovalCheck;
import id.pantau.ingestion.repository.ContentVersionRepository;
import id.pantau.ingestion.repository.RemovalCheckRepository;
import id.pantau.ingestion.service.connector.TikTokConnector;
import id.pantau.ingestion.service.connector.YouTubeConnector;
import id.pantau.ingestion.service.removal.RemovalVerification;
import id.pantau.ingestion.service.removal.UrlAvailability;
import id.pantau.local.KafkaEvents;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Two replicas' removal schedules fire at the same moment against one database. */
@QuarkusTest
class RemovalReplicasTest {

    @Inject
    RemovalVerification removals;

    @Inject
    RemovalCheckRepository checks;

    @Inject
    ContentVersionRepository versions;

    @Inject
    TikTokConnector tiktok;

    @Inject
    YouTubeConnector youtube;

    @Inject
    UrlAvailability urls;

    @Inject
    Outbox outbox;

    @Inject
    RemovalConfig config;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void twoReplicasCheckingAtOnceMakeEachDueCheckExactlyOnce() throws Exception {
        WireMockServer stubs = PlatformStubs.server();
        List<UUID> cases = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String externalId = ContentApi.uniqueExternalId();
            String path = "/fb/replicas/" + externalId;
            // Slow answers, so that both replicas are busy with due checks at the same time.
            stubs.stubFor(get(path).willReturn(aResponse().withStatus(404).withFixedDelay(200)));
            Map<String, Object> body = ContentApi.body("meta", externalId, "Bal impor Korea 25rb");
            body.put("url", stubs.baseUrl() + path);
            UUID contentId = UUID.fromString(ContentApi.submit(Tokens.crawler(), body).statusCode(202).extract().path("id"));
            cases.add(actioned(contentId, externalId));
            paths.add(path);
        }
        RemovalVerification otherReplica = new RemovalVerification(checks, versions, tiktok, youtube, urls, outbox,
                config, clock);

        atOnce(removals, otherReplica);

        for (String path : paths) {
            stubs.verify(1, getRequestedFor(urlPathEqualTo(path)));
        }
        for (UUID caseId : cases) {
            RemovalCheck check = Connectors.await(() -> Panache.withSession(() -> checks.findById(caseId)));
            assertEquals(RemovalResult.GONE, check.result(), caseId.toString());
            assertEquals(1, check.attempts(), caseId.toString());
            List<KafkaEvents.Event> events = KafkaEvents.await(bootstrap, RemovalVerified.TOPIC,
                    event -> caseId.toString().equals(event.key()), Duration.ofSeconds(30));
            assertEquals(1, events.size(), "one content.removal-verified for case " + caseId);
        }
    }

    private UUID actioned(UUID contentId, String externalId) throws Exception {
        UUID caseId = UUID.randomUUID();
        var event = new CaseStateChanged(caseId, contentId, "meta", externalId, "NOTICE_SENT", "ACTIONED", "meta",
                null, clock.instant());
        KafkaEvents.publish(bootstrap, CaseStateChanged.TOPIC, caseId.toString(), CaseStateChanged.TYPE,
                json.writeValueAsString(event));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Connectors.await(() -> Panache.withSession(() -> checks.findById(caseId))) != null);
        return caseId;
    }

    /** Both rounds start together, each on its own thread and Vert.x context as on two replicas. */
    private void atOnce(RemovalVerification first, RemovalVerification second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        try (ExecutorService replicas = Executors.newFixedThreadPool(2)) {
            List<Future<Integer>> rounds = new ArrayList<>();
            for (RemovalVerification replica : List.of(first, second)) {
                rounds.add(replicas.submit(() -> {
                    start.await();
                    return Connectors.await(replica::checkDue);
                }));
            }
            for (Future<Integer> round : rounds) {
                round.get();
            }
        }
    }
}
