package id.pantau.ingestion.connector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/** Request matchers and answers of the TikTok Research API, in its documented shapes. */
final class TikTokStubs {

    static final String QUERY = "/v2/research/video/query/";
    static final String TOKEN = "/v2/oauth/token/";

    private TikTokStubs() {
    }

    static String videoId() {
        return String.valueOf(7_000_000_000_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000_000_000_000L));
    }

    static ResponseDefinitionBuilder token(String value) {
        return okJson("{\"access_token\":\"" + value + "\",\"expires_in\":7200,\"token_type\":\"Bearer\"}");
    }

    /** The first page of a keyword's search (no cursor yet). */
    static MappingBuilder firstPage(String keyword) {
        return query(keyword).withRequestBody(notContaining("\"cursor\""));
    }

    static MappingBuilder nextPage(String keyword, long cursor, String searchId) {
        return query(keyword)
                .withRequestBody(matchingJsonPath("$.cursor", equalTo(String.valueOf(cursor))))
                .withRequestBody(matchingJsonPath("$.search_id", equalTo(searchId)));
    }

    static MappingBuilder query(String keyword) {
        return post(urlPathEqualTo(QUERY))
                .withRequestBody(matchingJsonPath("$.query.and[0].field_name", equalTo("keyword")))
                .withRequestBody(matchingJsonPath("$.query.and[0].field_values[0]", equalTo(keyword)))
                .withRequestBody(matchingJsonPath("$.query.and[1].field_name", equalTo("region_code")))
                .withRequestBody(matchingJsonPath("$.query.and[1].field_values[0]", equalTo("ID")));
    }

    static String video(String id, String caption) {
        return """
                {"id": %s, "username": "tokothrift", "video_description": "%s", "create_time": 1700000000,
                 "region_code": "ID", "view_count": 1200, "like_count": 80, "share_count": 7, "comment_count": 3,
                 "hashtag_names": ["thrift", "balkorea"], "voice_to_text": "halo kak ini bal baru"}"""
                .formatted(id, caption);
    }

    static ResponseDefinitionBuilder page(List<String> videos, boolean hasMore, long cursor, String searchId) {
        return okJson("""
                {"data": {"videos": [%s], "cursor": %d, "has_more": %s, "search_id": "%s"},
                 "error": {"code": "ok", "message": "", "log_id": "20231101000000"}}"""
                .formatted(videos.stream().collect(Collectors.joining(",")), cursor, hasMore, searchId));
    }

    static ResponseDefinitionBuilder error(int status, String code) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"data\": {}, \"error\": {\"code\": \"" + code + "\", \"message\": \"" + code
                        + "\", \"log_id\": \"20231101000000\"}}");
    }
}
