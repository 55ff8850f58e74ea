package id.pantau.ingestion.connector;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static id.pantau.ingestion.connector.TikTokStubs.error;
import static id.pantau.ingestion.connector.TikTokStubs.firstPage;
import static id.pantau.ingestion.connector.TikTokStubs.nextPage;
import static id.pantau.ingestion.connector.TikTokStubs.page;
import static id.pantau.ingestion.connector.TikTokStubs.token;
import static id.pantau.ingestion.connector.TikTokStubs.video;
import static id.pantau.ingestion.connector.TikTokStubs.videoId;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import id.pantau.events.ContentSource;
import id.pantau.ingestion.PlatformStubs;
import id.pantau.ingestion.Tokens;
import id.pantau.ingestion.domain.ConnectorState;
import id.pantau.ingestion.domain.ContentVersion;
import id.pantau.ingestion.service.connector.TikTokConnector;
import id.pantau.ingestion.service.connector.TikTokTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TikTokConnectorTest {

    private static final String STRONG = "bongkar bal";
    private static final String WEAK = "thrift";

    @Inject
    TikTokConnector connector;

    @Inject
    TikTokTokens tokens;

    @Inject
    Clock clock;

    private WireMockServer stubs;

    @BeforeEach
    void freshStubsAndState() {
        stubs = PlatformStubs.server();
        stubs.resetAll();
        tokens.invalidate();
        Connectors.reset("tiktok");
        ClassifierStubs.activeRuleSet(STRONG, WEAK);
        stubs.stubFor(WireMock.post(TikTokStubs.TOKEN).willReturn(token("clt.valid")));
    }

    @Test
    void pagesThroughEachSeedKeywordAndStoresEveryVideoOnceThroughTheIngestionPath() {
        String a = videoId();
        String b = videoId();
        String c = videoId();
        stubs.stubFor(firstPage(STRONG).willReturn(page(List.of(video(a, "Bongkar bal Korea"), video(b, "Bal baru")),
                true, 2, "search-1")));
        stubs.stubFor(nextPage(STRONG, 2, "search-1").willReturn(page(List.of(video(c, "Sisa bal")), false, 3, "search-1")));
        // b again under the second keyword: the same content, a duplicate, not a second item.
        stubs.stubFor(firstPage(WEAK).willReturn(page(List.of(video(b, "Bal baru")), false, 1, "search-2")));

        var result = Connectors.run(connector);

        assertEquals("COMPLETED", result.outcome());
        assertEquals(3, result.pages());
        assertEquals(4, result.items());
        for (String id : List.of(a, b, c)) {
            assertEquals(1, Connectors.versionCount("tiktok", id), id);
        }
        ContentVersion stored = Connectors.latest("tiktok", a);
        assertEquals(ContentSource.CONNECTOR, stored.source());
        assertEquals("https://www.tiktok.com/@tokothrift/video/" + a, stored.url());
        assertEquals("Bongkar bal Korea\n#thrift #balkorea\nhalo kak ini bal baru", stored.text());
        assertEquals(1200L, stored.metrics().views());
        assertEquals(7L, stored.metrics().shares());
        assertEquals(1_700_000_000L, stored.postedAt().getEpochSecond());

        stubs.verify(3, postRequestedFor(urlPathEqualTo(TikTokStubs.QUERY))
                .withHeader("Authorization", equalTo("Bearer clt.valid"))
                .withQueryParam("fields", equalTo("id,video_description,create_time,region_code,share_count,view_count,"
                        + "like_count,comment_count,username,hashtag_names,voice_to_text")));
        stubs.verify(1, postRequestedFor(urlPathEqualTo(TikTokStubs.TOKEN))
                .withRequestBody(WireMock.containing("client_key=test-client-key"))
                .withRequestBody(WireMock.containing("grant_type=client_credentials")));
        ConnectorState state = Connectors.state("tiktok");
        assertTrue(state.keywordsSource().startsWith("CLASSIFIER rule set second-hand-clothing v2"), state.keywordsSource());
        assertEquals(3, state.quotaUsedOn(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)));
        assertNull(state.runKeywords());
    }

    @Test
    void anExpiredTokenIsReplacedAndTheRequestRepeatedOnce() {
        stubs.resetAll();
        ClassifierStubs.activeRuleSet(STRONG, WEAK);
        stubs.stubFor(WireMock.post(TikTokStubs.TOKEN).inScenario("token").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(token("clt.expired")).willSetStateTo("renewed"));
        stubs.stubFor(WireMock.post(TikTokStubs.TOKEN).inScenario("token").whenScenarioStateIs("renewed")
                .willReturn(token("clt.fresh")));
        String id = videoId();
        stubs.stubFor(TikTokStubs.query(STRONG).withHeader("Authorization", equalTo("Bearer clt.expired"))
                .willReturn(error(401, "access_token_invalid")));
        stubs.stubFor(TikTokStubs.query(WEAK).withHeader("Authorization", equalTo("Bearer clt.expired"))
                .willReturn(error(401, "access_token_invalid")));
        stubs.stubFor(firstPage(STRONG).withHeader("Authorization", equalTo("Bearer clt.fresh"))
                .willReturn(page(List.of(video(id, "Bal impor")), false, 1, "s")));
        stubs.stubFor(firstPage(WEAK).withHeader("Authorization", equalTo("Bearer clt.fresh"))
                .willReturn(page(List.of(), false, 0, "s")));

        assertEquals("COMPLETED", Connectors.run(connector).outcome());
        assertEquals(1, Connectors.versionCount("tiktok", id));
        stubs.verify(2, postRequestedFor(urlPathEqualTo(TikTokStubs.TOKEN)));
    }

    @Test
    void aRateLimitIsRetriedWithBackOff() {
        String id = videoId();
        stubs.stubFor(firstPage(STRONG).inScenario("limit").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(error(429, "rate_limit_exceeded")).willSetStateTo("calm"));
        stubs.stubFor(firstPage(STRONG).inScenario("limit").whenScenarioStateIs("calm")
                .willReturn(page(List.of(video(id, "Bal impor")), false, 1, "s")));
        stubs.stubFor(firstPage(WEAK).willReturn(page(List.of(), false, 0, "s")));

        assertEquals("COMPLETED", Connectors.run(connector).outcome());
        assertEquals(1, Connectors.versionCount("tiktok", id));
        stubs.verify(3, postRequestedFor(urlPathEqualTo(TikTokStubs.QUERY)));
    }

    @Test
    void aLastingRateLimitPausesTheConnectorAndKeepsItsCheckpoint() {
        stubs.stubFor(firstPage(STRONG).willReturn(error(429, "rate_limit_exceeded")));

        assertEquals("RATE_LIMITED", Connectors.run(connector).outcome());
        ConnectorState state = Connectors.state("tiktok");
        assertNotNull(state.pausedUntil());
        assertEquals(List.of(STRONG, WEAK), state.runKeywords());
        assertEquals(0, state.keywordIndex());
        assertEquals(1, state.totalErrors());
        // 1 try + 3 retries; the paused connector then asks nothing until the pause is over.
        stubs.verify(4, postRequestedFor(urlPathEqualTo(TikTokStubs.QUERY)));
        assertEquals("PAUSED", Connectors.run(connector).outcome());
        stubs.verify(4, postRequestedFor(urlPathEqualTo(TikTokStubs.QUERY)));
    }

    @Test
    void aMalformedPageStopsTheRunAndTheNextRunResumesAtThatPageWithoutRepeatingTheOnesBefore() {
        String a = videoId();
        String c = videoId();
        stubs.stubFor(firstPage(STRONG).willReturn(page(List.of(video(a, "Bal impor"),
                "{\"username\": \"no-id\"}"), true, 2, "search-1")));
        stubs.stubFor(nextPage(STRONG, 2, "search-1").willReturn(WireMock.okJson("<html>upstream hiccup</html>")));

        var first = Connectors.run(connector);

        assertEquals("MALFORMED_PAGE", first.outcome());
        ConnectorState stopped = Connectors.state("tiktok");
        assertEquals("2", stopped.pageToken());
        assertEquals(0, stopped.keywordIndex());
        // The video without an id on page 1, and page 2 itself.
        assertEquals(2, stopped.totalErrors());
        assertEquals(1, Connectors.versionCount("tiktok", a));
        given().auth().oauth2(Tokens.user("supervisor1")).when().get("/api/v1/connectors").then().statusCode(200)
                .body("find { it.name == 'tiktok' }.lastOutcome", Matchers.equalTo("MALFORMED_PAGE"))
                .body("find { it.name == 'tiktok' }.lastRunItems", Matchers.equalTo(1))
                .body("find { it.name == 'tiktok' }.errors", Matchers.equalTo(2))
                .body("find { it.name == 'tiktok' }.quotaUsed", Matchers.equalTo(2))
                .body("find { it.name == 'tiktok' }.lastError", Matchers.startsWith("TikTok video query answered 200 with a body"))
                .body("find { it.name == 'tiktok' }.checkpoint.keywords", Matchers.contains(STRONG, WEAK))
                .body("find { it.name == 'tiktok' }.checkpoint.pageToken", Matchers.equalTo("2"))
                .body("find { it.name == 'tiktok' }.keywordsSource", Matchers.startsWith("CLASSIFIER"));

        stubs.stubFor(nextPage(STRONG, 2, "search-1").willReturn(page(List.of(video(c, "Sisa bal")), false, 3, "search-1")));
        stubs.stubFor(firstPage(WEAK).willReturn(page(List.of(), false, 0, "search-2")));

        var second = Connectors.run(connector);

        assertEquals("COMPLETED", second.outcome());
        assertEquals(2, second.pages());
        assertEquals(1, Connectors.versionCount("tiktok", c));
        assertEquals(1, Connectors.versionCount("tiktok", a));
        stubs.verify(1, postRequestedFor(urlPathEqualTo(TikTokStubs.QUERY))
                .withRequestBody(WireMock.matchingJsonPath("$.query.and[0].field_values[0]", equalTo(STRONG)))
                .withRequestBody(WireMock.notContaining("\"cursor\"")));
    }

    @Test
    void aSpentDailyQuotaStopsTheRunUntilTheNextQuotaDay() {
        Connectors.spendQuota("tiktok", 999, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        String a = videoId();
        stubs.stubFor(firstPage(STRONG).willReturn(page(List.of(video(a, "Bal impor")), true, 1, "s")));

        var result = Connectors.run(connector);

        assertEquals("QUOTA_EXHAUSTED", result.outcome());
        assertEquals(1, result.pages());
        ConnectorState state = Connectors.state("tiktok");
        assertEquals(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), state.pausedUntil());
        assertEquals("1", state.pageToken());
        stubs.verify(1, postRequestedFor(urlPathEqualTo(TikTokStubs.QUERY)));
    }

    @Test
    void theDailyQuotaErrorOfTheApiStopsTheRunToo() {
        stubs.stubFor(firstPage(STRONG).willReturn(error(429, "daily_quota_limit_exceeded")));

        assertEquals("QUOTA_EXHAUSTED", Connectors.run(connector).outcome());
        assertEquals(1000, Connectors.state("tiktok").quotaUsedOn(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)));
        stubs.verify(1, postRequestedFor(urlPathEqualTo(TikTokStubs.QUERY)));
    }

    @Test
    void withoutTheClassifierTheConfiguredKeywordsAreSearchedAndTheStatusSaysSo() {
        stubs.resetAll();
        ClassifierStubs.down();
        stubs.stubFor(WireMock.post(TikTokStubs.TOKEN).willReturn(token("clt.valid")));
        stubs.stubFor(WireMock.post(urlPathEqualTo(TikTokStubs.QUERY)).willReturn(page(List.of(), false, 0, "s")));

        assertEquals("COMPLETED", Connectors.run(connector).outcome());

        assertTrue(Connectors.state("tiktok").keywordsSource().startsWith("CONFIGURED (classifier-service not usable"));
        for (String keyword : List.of("bongkar bal", "bal impor", "baju bekas impor", "thrift impor")) {
            stubs.verify(1, postRequestedFor(urlPathEqualTo(TikTokStubs.QUERY))
                    .withRequestBody(WireMock.matchingJsonPath("$.query.and[0].field_values[0]", equalTo(keyword))));
        }
    }
}
