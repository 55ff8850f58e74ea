package id.pantau.ingestion.service.connector;

import com.fasterxml.jackson.databind.JsonNode;
import id.pantau.events.ContentMetrics;
import id.pantau.ingestion.config.ConnectorsConfig;
import id.pantau.ingestion.domain.Availability;
import id.pantau.ingestion.domain.ConnectorState;
import id.pantau.ingestion.domain.Submission;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The TikTok Research API's video query ({@code POST /v2/research/video/query/}): videos whose description
 * has the keyword, posted in the region, paged by {@code cursor} within one {@code search_id}.
 */
@ApplicationScoped
public class TikTokConnector implements SearchConnector {

    static final String FIELDS = "id,video_description,create_time,region_code,share_count,view_count,like_count,"
            + "comment_count,username,hashtag_names,voice_to_text";
    static final String METHOD = "TIKTOK_API";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

    private final PlatformHttp http;
    private final TikTokTokens tokens;
    private final ConnectorsConfig.TikTok config;

    public TikTokConnector(PlatformHttp http, TikTokTokens tokens, ConnectorsConfig connectors) {
        this.http = http;
        this.tokens = tokens;
        this.config = connectors.tiktok();
    }

    @Override
    public String name() {
        return "tiktok";
    }

    @Override
    public ConnectorsConfig.Common config() {
        return config;
    }

    @Override
    public boolean configured() {
        return config.clientKey().isPresent() && config.clientSecret().isPresent();
    }

    @Override
    public int pageCost() {
        return 1;
    }

    @Override
    public Uni<Page> fetch(ConnectorState.Cursor cursor) {
        return query(cursor)
                // An expired or revoked token: one new token, one more try.
                .onFailure(f -> ConnectorFailure.is(f, ConnectorFailure.Kind.UNAUTHORIZED))
                .recoverWithUni(() -> {
                    tokens.invalidate();
                    return query(cursor);
                });
    }

    private Uni<Page> query(ConnectorState.Cursor cursor) {
        return send(body(cursor));
    }

    /**
     * Whether the research API still returns the video. The query needs a date range of at most 30 days, so it
     * is the 30 days from the day the video was posted (or, unknown, the last 30).
     */
    public Uni<Availability> availability(String videoId, Instant postedAt, Instant now) {
        Instant from = postedAt != null ? postedAt : now.minus(Duration.ofDays(29));
        Instant to = from.plus(Duration.ofDays(29)).isAfter(now) ? now : from.plus(Duration.ofDays(29));
        JsonObject body = new JsonObject()
                .put("query", new JsonObject().put("and", new JsonArray().add(condition("EQ", "video_id", videoId))))
                .put("start_date", DAY.format(from))
                .put("end_date", DAY.format(to))
                .put("max_count", 1);
        return send(body).onFailure(f -> ConnectorFailure.is(f, ConnectorFailure.Kind.UNAUTHORIZED))
                .recoverWithUni(() -> {
                    tokens.invalidate();
                    return send(body);
                })
                .map(page -> page.items().isEmpty()
                        ? new Availability(Availability.State.GONE, METHOD, 200, "the research API no longer returns the video")
                        : new Availability(Availability.State.AVAILABLE, METHOD, 200, null))
                .onFailure().recoverWithItem(failure -> new Availability(Availability.State.ERROR, METHOD, null,
                        failure.getMessage()));
    }

    private Uni<Page> send(JsonObject body) {
        return tokens.token().chain(token -> http.client()
                .postAbs(config.baseUrl() + "/v2/research/video/query/")
                .addQueryParam("fields", FIELDS)
                .bearerTokenAuthentication(token)
                .timeout(config.timeout().toMillis())
                .sendJsonObject(body)
                .onFailure().transform(e -> new ConnectorFailure(ConnectorFailure.Kind.FAILED,
                        "TikTok unreachable: " + e.getMessage()))
                .map(this::page));
    }

    private JsonObject body(ConnectorState.Cursor cursor) {
        JsonArray and = new JsonArray()
                .add(condition("EQ", "keyword", cursor.keyword()))
                .add(condition("EQ", "region_code", config.regionCode()));
        JsonObject body = new JsonObject()
                .put("query", new JsonObject().put("and", and))
                .put("start_date", DAY.format(cursor.from()))
                .put("end_date", DAY.format(cursor.to()))
                .put("max_count", config.maxCount());
        if (cursor.pageToken() != null) {
            body.put("cursor", Long.parseLong(cursor.pageToken())).put("search_id", cursor.searchId());
        }
        return body;
    }

    private static JsonObject condition(String operation, String field, String value) {
        return new JsonObject().put("operation", operation).put("field_name", field)
                .put("field_values", new JsonArray().add(value));
    }

    private Page page(HttpResponse<Buffer> response) {
        int status = response.statusCode();
        JsonNode body = http.body(response, "TikTok video query");
        String code = body.at("/error/code").asText("");
        String detail = "TikTok video query answered " + status + " " + code + ": " + body.at("/error/message").asText("");
        if (status == 401) {
            throw new ConnectorFailure(ConnectorFailure.Kind.UNAUTHORIZED, detail);
        }
        if (status == 429) {
            throw new ConnectorFailure(code.contains("quota") ? ConnectorFailure.Kind.QUOTA_EXHAUSTED
                    : ConnectorFailure.Kind.RATE_LIMITED, detail);
        }
        if (status != 200 || !"ok".equals(code)) {
            throw new ConnectorFailure(ConnectorFailure.Kind.FAILED, detail);
        }
        JsonNode data = body.path("data");
        JsonNode videos = data.path("videos");
        if (!videos.isArray() || !data.path("has_more").isBoolean()) {
            throw new ConnectorFailure(ConnectorFailure.Kind.MALFORMED,
                    "TikTok video query answered 200 without data.videos and data.has_more");
        }
        boolean more = data.path("has_more").asBoolean() && !videos.isEmpty();
        if (more && (!data.path("cursor").canConvertToLong() || data.path("search_id").asText("").isEmpty())) {
            throw new ConnectorFailure(ConnectorFailure.Kind.MALFORMED,
                    "TikTok video query has more pages but no cursor or search_id");
        }
        List<Submission> items = new ArrayList<>();
        int malformed = 0;
        for (JsonNode video : videos) {
            Submission item = submission(video);
            if (item == null) {
                malformed++;
            } else {
                items.add(item);
            }
        }
        return new Page(items, more ? data.path("cursor").asText() : null, more ? data.path("search_id").asText() : null,
                pageCost(), malformed, malformed == 0 ? null : malformed + " TikTok videos without id or username");
    }

    private Submission submission(JsonNode video) {
        String id = ConnectorItems.id(video.path("id"));
        String username = ConnectorItems.id(video.path("username"));
        if (id == null || username == null) {
            return null;
        }
        var texts = ConnectorItems.texts(ConnectorItems.text(video.path("video_description")),
                ConnectorItems.hashtags(video.path("hashtag_names")), null, ConnectorItems.text(video.path("voice_to_text")));
        Long created = ConnectorItems.count(video.path("create_time"));
        return new Submission(name(), id, "https://www.tiktok.com/@" + username + "/video/" + id, username, username,
                texts == null ? "" : texts.combined(), created == null ? null : Instant.ofEpochSecond(created),
                null, null, texts, null,
                new ContentMetrics(ConnectorItems.count(video.path("view_count")),
                        ConnectorItems.count(video.path("like_count")), ConnectorItems.count(video.path("share_count")),
                        ConnectorItems.count(video.path("comment_count"))),
                null);
    }
}
