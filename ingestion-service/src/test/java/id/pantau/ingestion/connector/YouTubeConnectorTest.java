package id.pantau.ingestion.connector;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import id.pantau.events.ContentSource;
import id.pantau.ingestion.PlatformStubs;
import id.pantau.ingestion.domain.ConnectorState;
import id.pantau.ingestion.domain.ContentVersion;
import id.pantau.ingestion.service.connector.YouTubeConnector;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class YouTubeConnectorTest {

    private static final String STRONG = "bongkar bal";
    private static final String WEAK = "thrift";
    private static final String SEARCH = "/youtube/v3/search";
    private static final String VIDEOS = "/youtube/v3/videos";
    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

    @Inject
    YouTubeConnector connector;

    @Inject
    Clock clock;

    private WireMockServer stubs;

    @BeforeEach
    void freshStubsAndState() {
        stubs = PlatformStubs.server();
        stubs.resetAll();
        Connectors.reset("youtube");
        ClassifierStubs.activeRuleSet(STRONG, WEAK);
    }

    private static String videoId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 11);
    }

    private static MappingBuilder search(String keyword) {
        return get(urlPathEqualTo(SEARCH)).withQueryParam("q", equalTo(keyword)).withQueryParam("regionCode", equalTo("ID"))
                .withQueryParam("type", equalTo("video")).withQueryParam("key", equalTo("test-api-key"));
    }

    private static String searchPage(String next, String... ids) {
        String items = List.of(ids).stream()
                .map(id -> "{\"kind\": \"youtube#searchResult\", \"id\": {\"kind\": \"youtube#video\", \"videoId\": \"" + id + "\"}}")
                .collect(Collectors.joining(","));
        return "{\"kind\": \"youtube#searchListResponse\", \"regionCode\": \"ID\", "
                + (next == null ? "" : "\"nextPageToken\": \"" + next + "\", ")
                + "\"pageInfo\": {\"totalResults\": 3, \"resultsPerPage\": 50}, \"items\": [" + items + "]}";
    }

    private static String video(String id) {
        return """
                {"kind": "youtube#video", "id": "%s",
                 "snippet": {"publishedAt": "2026-11-28T09:30:00Z", "channelId": "UC-thrift-%s", "title": "Bongkar bal Korea",
                  "description": "Hidden gem 25rb", "channelTitle": "Thrift Bandung", "tags": ["thrift", "bal"],
                  "defaultAudioLanguage": "id"},
                 "statistics": {"viewCount": "15000", "likeCount": "900", "commentCount": "45"}}""".formatted(id, id);
    }

    private void videos(String... ids) {
        stubs.stubFor(get(urlPathEqualTo(VIDEOS)).withQueryParam("id", equalTo(String.join(",", ids)))
                .withQueryParam("part", equalTo("snippet,statistics"))
                .willReturn(okJson("{\"kind\": \"youtube#videoListResponse\", \"items\": ["
                        + List.of(ids).stream().map(YouTubeConnectorTest::video).collect(Collectors.joining(",")) + "]}")));
    }

    private static String error(int code, String reason) {
        return "{\"error\": {\"code\": " + code + ", \"message\": \"" + reason + "\", \"errors\": [{\"message\": \"" + reason
                + "\", \"domain\": \"youtube.quota\", \"reason\": \"" + reason + "\"}]}}";
    }

    @Test
    void searchPagesAreFollowedByPageTokenAndDetailedByVideosList() {
        String a = videoId();
        String b = videoId();
        String c = videoId();
        stubs.stubFor(search(STRONG).withQueryParam("pageToken", absent()).willReturn(okJson(searchPage("CDIQAA", a, b))));
        stubs.stubFor(search(STRONG).withQueryParam("pageToken", equalTo("CDIQAA")).willReturn(okJson(searchPage(null, c))));
        stubs.stubFor(search(WEAK).willReturn(okJson(searchPage(null))));
        videos(a, b);
        videos(c);

        var result = Connectors.run(connector);

        assertEquals("COMPLETED", result.outcome());
        assertEquals(3, result.items());
        ContentVersion stored = Connectors.latest("youtube", c);
        assertEquals(ContentSource.CONNECTOR, stored.source());
        assertEquals("https://www.youtube.com/watch?v=" + c, stored.url());
        assertEquals("UC-thrift-" + c, stored.authorId());
        assertEquals("Thrift Bandung", stored.authorDisplayName());
        assertEquals("Bongkar bal Korea\nHidden gem 25rb\n#thrift #bal", stored.text());
        assertEquals(15_000L, stored.metrics().views());
        assertEquals(45L, stored.metrics().comments());
        assertEquals("id", stored.language());
        // Two search pages and one empty one (100 units each) and two videos.list calls (1 unit each).
        assertEquals(302, Connectors.state("youtube").quotaUsedOn(LocalDate.ofInstant(clock.instant(), PACIFIC)));
        stubs.verify(3, getRequestedFor(urlPathEqualTo(SEARCH)));
    }

    @Test
    void quotaExceededStopsTheRunUntilMidnightPacificAndKeepsTheCheckpoint() {
        stubs.stubFor(search(STRONG).willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                .withBody(error(403, "quotaExceeded"))));

        assertEquals("QUOTA_EXHAUSTED", Connectors.run(connector).outcome());

        ConnectorState state = Connectors.state("youtube");
        assertEquals(1000, state.quotaUsedOn(LocalDate.ofInstant(clock.instant(), PACIFIC)));
        assertEquals(LocalDate.ofInstant(clock.instant(), PACIFIC).plusDays(1).atStartOfDay(PACIFIC).toInstant(), state.pausedUntil());
        assertEquals(List.of(STRONG, WEAK), state.runKeywords());
        assertNull(state.pageToken());
        stubs.verify(1, getRequestedFor(urlPathEqualTo(SEARCH)));
    }

    @Test
    void a429IsRetriedAndTheRunCompletes() {
        String a = videoId();
        stubs.stubFor(search(STRONG).inScenario("limit").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                        .withBody(error(429, "rateLimitExceeded")))
                .willSetStateTo("calm"));
        stubs.stubFor(search(STRONG).inScenario("limit").whenScenarioStateIs("calm").willReturn(okJson(searchPage(null, a))));
        stubs.stubFor(search(WEAK).willReturn(okJson(searchPage(null))));
        videos(a);

        assertEquals("COMPLETED", Connectors.run(connector).outcome());
        assertEquals(1, Connectors.versionCount("youtube", a));
    }

    @Test
    void aSearchPageWithoutItemsIsMalformedAndRetriedNextRun() {
        stubs.stubFor(search(STRONG).willReturn(okJson("{\"kind\": \"youtube#searchListResponse\"}")));

        assertEquals("MALFORMED_PAGE", Connectors.run(connector).outcome());
        ConnectorState state = Connectors.state("youtube");
        assertEquals(1, state.totalErrors());
        assertEquals(0, state.keywordIndex());
        assertEquals("YouTube search.list answered without items", state.lastError());
    }
}
