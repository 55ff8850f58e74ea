package id.pantau.ingestion.removal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import id.pantau.events.CaseStateChanged;
import id.pantau.events.RemovalVerified;
import id.pantau.ingestion.ContentApi;
import id.pantau.ingestion.PlatformStubs;
import id.pantau.ingestion.Tokens;
import id.pantau.ingestion.connector.Connectors;
import id.pantau.ingestion.domain.RemovalCheck;
import id.pantau.ingestion.repository.RemovalCheckRepository;
import id.pantau.ingestion.service.removal.RemovalVerification;
import id.pantau.local.KafkaEvents;
import id.pantau.local.MovableClock;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Actioned cases' content is checked again, on a persisted schedule, and the finding published once decided. */
@QuarkusTest
class RemovalVerificationTest {

    @Inject
    MovableClock clock;

    @Inject
    RemovalVerification removals;

    @Inject
    RemovalCheckRepository checks;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private WireMockServer stubs;

    @BeforeEach
    void freshStubs() {
        stubs = PlatformStubs.server();
        stubs.resetAll();
    }

    /** Content of a platform without a connector, whose URL points at the stub server. */
    private Pushed pushMeta() {
        String externalId = ContentApi.uniqueExternalId();
        String path = "/fb/posts/" + externalId;
        Map<String, Object> body = ContentApi.body("meta", externalId, "Bal impor Korea 25rb");
        body.put("url", stubs.baseUrl() + path);
        UUID contentId = UUID.fromString(ContentApi.submit(Tokens.crawler(), body).statusCode(202).extract().path("id"));
        return new Pushed(contentId, externalId, path);
    }

    private record Pushed(UUID contentId, String externalId, String path) {
    }

    private UUID actioned(UUID contentId, String platform, String externalId) throws Exception {
        UUID caseId = UUID.randomUUID();
        var event = new CaseStateChanged(caseId, contentId, platform, externalId, "NOTICE_SENT", "ACTIONED", "tiktok",
                null, clock.instant());
        KafkaEvents.publish(bootstrap, CaseStateChanged.TOPIC, caseId.toString(), CaseStateChanged.TYPE,
                json.writeValueAsString(event));
        await().atMost(Duration.ofSeconds(30)).until(() -> check(caseId) != null);
        return caseId;
    }

    private RemovalCheck check(UUID caseId) {
        return Connectors.await(() -> Panache.withSession(() -> checks.findById(caseId)));
    }

    private void checkDue() {
        Connectors.await(() -> removals.checkDue());
    }

    private JsonNode published(UUID caseId) {
        List<KafkaEvents.Event> events = KafkaEvents.await(bootstrap, RemovalVerified.TOPIC,
                event -> caseId.toString().equals(event.key()), Duration.ofSeconds(30));
        assertEquals(1, events.size(), "one content.removal-verified for case " + caseId);
        try {
            return json.readTree(events.getFirst().data());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void contentWhoseUrlAnswers404IsGoneAfterOneCheck() throws Exception {
        Pushed content = pushMeta();
        stubs.stubFor(get(content.path()).willReturn(aResponse().withStatus(404)));
        UUID caseId = actioned(content.contentId(), "meta", content.externalId());

        checkDue();

        JsonNode event = published(caseId);
        assertEquals("GONE", event.path("result").asText());
        assertEquals(content.contentId().toString(), event.path("contentId").asText());
        assertEquals(1, event.path("checks").asInt());
        assertEquals("HTTP", event.path("method").asText());
        assertEquals(404, event.path("httpStatus").asInt());
        assertEquals(stubs.baseUrl() + content.path(), event.path("url").asText());
    }

    @Test
    void contentStillServedIsStillAvailableOnlyAfterEveryCheckOfTheWindow() throws Exception {
        Pushed content = pushMeta();
        stubs.stubFor(get(content.path()).willReturn(ok("<html>still here</html>")));
        UUID caseId = actioned(content.contentId(), "meta", content.externalId());

        checkDue();
        // Not due again before half the window (three checks over 24 hours) has passed.
        checkDue();
        stubs.verify(1, getRequestedFor(urlPathEqualTo(content.path())));
        assertEquals(null, check(caseId).result());

        clock.advance(Duration.ofHours(12));
        checkDue();
        assertEquals(null, check(caseId).result());
        clock.advance(Duration.ofHours(12));
        checkDue();

        stubs.verify(3, getRequestedFor(urlPathEqualTo(content.path())));
        JsonNode event = published(caseId);
        assertEquals("STILL_AVAILABLE", event.path("result").asText());
        assertEquals(3, event.path("checks").asInt());
        assertEquals(200, event.path("httpStatus").asInt());
    }

    @Test
    void unavailableForLegalReasonsIsGeoBlocked() throws Exception {
        Pushed content = pushMeta();
        stubs.stubFor(get(content.path()).willReturn(aResponse().withStatus(451)));
        UUID caseId = actioned(content.contentId(), "meta", content.externalId());

        checkDue();

        assertEquals("GEO_BLOCKED", published(caseId).path("result").asText());
    }

    @Test
    void aFailedCheckIsRetriedAfterAWhileAndDecidesNothing() throws Exception {
        Pushed content = pushMeta();
        stubs.stubFor(get(content.path()).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("removed"));
        stubs.stubFor(get(content.path()).inScenario("flaky").whenScenarioStateIs("removed")
                .willReturn(aResponse().withStatus(410)));
        UUID caseId = actioned(content.contentId(), "meta", content.externalId());

        checkDue();
        RemovalCheck afterFailure = check(caseId);
        assertEquals(null, afterFailure.result());
        assertEquals(503, afterFailure.lastHttpStatus());

        clock.advance(Duration.ofMinutes(10));
        checkDue();

        JsonNode event = published(caseId);
        assertEquals("GONE", event.path("result").asText());
        assertEquals(2, event.path("checks").asInt());
        assertEquals(410, event.path("httpStatus").asInt());
    }

    @Test
    void youtubeContentIsCheckedThroughVideosList() throws Exception {
        String videoId = UUID.randomUUID().toString().replace("-", "").substring(0, 11);
        Map<String, Object> body = ContentApi.body("youtube", videoId, "Bongkar bal");
        body.put("url", "https://www.youtube.com/watch?v=" + videoId);
        UUID contentId = UUID.fromString(ContentApi.submit(Tokens.crawler(), body).statusCode(202).extract().path("id"));
        stubs.stubFor(get(urlPathEqualTo("/youtube/v3/videos")).withQueryParam("id", equalTo(videoId))
                .withQueryParam("part", equalTo("status,contentDetails"))
                .willReturn(okJson("{\"kind\": \"youtube#videoListResponse\", \"items\": [{\"id\": \"" + videoId
                        + "\", \"status\": {\"privacyStatus\": \"public\"}, \"contentDetails\": {\"regionRestriction\": "
                        + "{\"blocked\": [\"ID\", \"MY\"]}}}]}")));
        UUID caseId = actioned(contentId, "youtube", videoId);

        checkDue();

        JsonNode event = published(caseId);
        assertEquals("GEO_BLOCKED", event.path("result").asText());
        assertEquals("YOUTUBE_API", event.path("method").asText());
        assertNotNull(event.path("checkedAt").asText());
    }
}
