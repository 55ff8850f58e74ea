package id.pantau.ingestion.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import id.pantau.ingestion.PlatformStubs;
import id.pantau.ingestion.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A short link and the long link it redirects to are one content item. */
@QuarkusTest
class ShortLinkTest {

    private WireMockServer stubs;

    @BeforeEach
    void freshStubs() {
        stubs = PlatformStubs.server();
        stubs.resetAll();
    }

    private static ExtractableResponse<Response> report(String url) {
        return given().auth().oauth2(Tokens.user("analyst1")).contentType(ContentType.JSON)
                .body(Map.of("url", url, "note", "Jual bal impor")).when().post("/api/v1/reports")
                .then().statusCode(202).extract();
    }

    private static String code() {
        return "ZS" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    private static String videoId() {
        return String.valueOf(7_000_000_000_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000_000_000_000L));
    }

    private void redirect(String path, String location) {
        stubs.stubFor(head(urlPathEqualTo(path)).willReturn(aResponse().withStatus(301).withHeader("Location", location)));
    }

    @Test
    void aTikTokShortLinkAndItsLongLinkAreOneContentItem() {
        String code = code();
        String id = videoId();
        redirect("/short/vm/" + code + "/", "https://www.tiktok.com/@thrift.bdg/video/" + id + "?_r=1&u_code=abc");

        var viaShort = report("https://vm.tiktok.com/" + code + "/");
        var viaLong = report("https://www.tiktok.com/@thrift.bdg/video/" + id);

        assertEquals(id, viaShort.path("externalId"));
        assertEquals("tiktok", viaShort.path("platform"));
        assertEquals((String) viaLong.path("contentId"), viaShort.path("contentId"));
    }

    @Test
    void redirectsAreFollowedAcrossTheShortHostsOfOnePlatform() {
        String first = code();
        String second = code();
        String id = videoId();
        redirect("/short/vt/" + first, "https://vm.tiktok.com/" + second);
        redirect("/short/vm/" + second, "https://www.tiktok.com/@thrift.bdg/video/" + id);

        assertEquals(id, report("https://vt.tiktok.com/" + first).path("externalId"));
    }

    @Test
    void anFbWatchLinkResolvesToTheFacebookVideo() {
        String code = code();
        redirect("/short/fbwatch/" + code + "/", "https://www.facebook.com/watch?v=1234567890123");

        var response = report("https://fb.watch/" + code + "/");

        assertEquals("meta", response.path("platform"));
        assertEquals("1234567890123", response.path("externalId"));
    }

    @Test
    void aRedirectToAnotherSiteIsNotFollowedAndTheCodeStaysTheId() {
        String code = code();
        redirect("/short/vm/" + code, "https://evil.example.com/@x/video/123");

        assertEquals(code, report("https://vm.tiktok.com/" + code).path("externalId"));
    }

    @Test
    void aRedirectLoopStopsAfterTheHopLimit() {
        String code = code();
        redirect("/short/vm/" + code, "https://vm.tiktok.com/" + code);

        assertEquals(code, report("https://vm.tiktok.com/" + code).path("externalId"));
        stubs.verify(5, headRequestedFor(urlPathEqualTo("/short/vm/" + code)));
    }

    @Test
    void aShortLinkThatDoesNotRedirectKeepsItsCode() {
        String code = code();
        stubs.stubFor(head(urlPathEqualTo("/short/vm/" + code)).willReturn(aResponse().withStatus(404)));

        assertEquals(code, report("https://vm.tiktok.com/" + code).path("externalId"));
    }
}
