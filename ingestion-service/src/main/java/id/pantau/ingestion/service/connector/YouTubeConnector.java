package id.pantau.ingestion.service.connector;

import com.fasterxml.jackson.databind.JsonNode;
import id.pantau.events.ContentMetrics;
import id.pantau.ingestion.domain.Availability;
import id.pantau.ingestion.config.ConnectorsConfig;
import id.pantau.ingestion.domain.ConnectorState;
import id.pantau.ingestion.domain.ContentRules;
import id.pantau.ingestion.domain.Submission;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The YouTube Data API v3: {@code search.list} (videos matching the keyword, for viewers in the region, paged by
 * {@code pageToken}), then {@code videos.list} for the full description, tags and counts of that page.
 */
@ApplicationScoped
public class YouTubeConnector implements SearchConnector {

    /** search.list costs 100 units, videos.list 1. */
    static final int SEARCH_COST = 100;
    static final int VIDEOS_COST = 1;
    static final String METHOD = "YOUTUBE_API";

    private final PlatformHttp http;
    private final ConnectorsConfig.YouTube config;

    public YouTubeConnector(PlatformHttp http, ConnectorsConfig connectors) {
        this.http = http;
        this.config = connectors.youtube();
    }

    @Override
    public String name() {
        return "youtube";
    }

    @Override
    public ConnectorsConfig.Common config() {
        return config;
    }

    @Override
    public boolean configured() {
        return config.apiKey().isPresent();
    }

    @Override
    public int pageCost() {
        return SEARCH_COST + VIDEOS_COST;
    }

    @Override
    public Uni<Page> fetch(ConnectorState.Cursor cursor) {
        HttpRequest<Buffer> search = get("/youtube/v3/search")
                .addQueryParam("part", "id")
                .addQueryParam("type", "video")
                .addQueryParam("q", cursor.keyword())
                .addQueryParam("regionCode", config.regionCode())
                .addQueryParam("maxResults", String.valueOf(config.maxResults()))
                .addQueryParam("order", "date")
                .addQueryParam("publishedAfter", cursor.from().toString())
                .addQueryParam("publishedBefore", cursor.to().toString());
        if (cursor.pageToken() != null) {
            search.addQueryParam("pageToken", cursor.pageToken());
        }
        return send(search, "YouTube search.list").chain(body -> {
            JsonNode items = body.path("items");
            if (!items.isArray()) {
                throw new ConnectorFailure(ConnectorFailure.Kind.MALFORMED, "YouTube search.list answered without items");
            }
            List<String> ids = new ArrayList<>();
            int malformed = 0;
            for (JsonNode item : items) {
                String id = ConnectorItems.id(item.at("/id/videoId"));
                if (id == null) {
                    malformed++;
                } else {
                    ids.add(id);
                }
            }
            String next = ConnectorItems.id(body.path("nextPageToken"));
            // An empty page with a next token would page on forever.
            String nextToken = items.isEmpty() ? null : next;
            int skipped = malformed;
            if (ids.isEmpty()) {
                return Uni.createFrom().item(new Page(List.of(), nextToken, null, SEARCH_COST, skipped,
                        skipped == 0 ? null : skipped + " YouTube search results without a video id"));
            }
            return details(ids).map(videos -> new Page(videos, nextToken, null, pageCost(), skipped,
                    skipped == 0 ? null : skipped + " YouTube search results without a video id"));
        });
    }

    /** Videos that were deleted between the two calls are simply missing from the answer. */
    private Uni<List<Submission>> details(List<String> ids) {
        HttpRequest<Buffer> videos = get("/youtube/v3/videos")
                .addQueryParam("part", "snippet,statistics")
                .addQueryParam("id", String.join(",", ids))
                .addQueryParam("maxResults", String.valueOf(ids.size()));
        return send(videos, "YouTube videos.list").map(body -> {
            JsonNode items = body.path("items");
            if (!items.isArray()) {
                throw new ConnectorFailure(ConnectorFailure.Kind.MALFORMED, "YouTube videos.list answered without items");
            }
            List<Submission> found = new ArrayList<>();
            for (JsonNode video : items) {
                Submission item = submission(video);
                if (item != null) {
                    found.add(item);
                }
            }
            return found;
        });
    }

    /**
     * Whether the video is still served in the region: gone when videos.list no longer returns it or it is
     * private, geo-blocked when its region restriction excludes the region.
     */
    public Uni<Availability> availability(String videoId) {
        HttpRequest<Buffer> request = get("/youtube/v3/videos")
                .addQueryParam("part", "status,contentDetails")
                .addQueryParam("id", videoId);
        return send(request, "YouTube videos.list").map(body -> {
            JsonNode items = body.path("items");
            if (!items.isArray()) {
                return new Availability(Availability.State.ERROR, METHOD, 200, "videos.list answered without items");
            }
            if (items.isEmpty() || "private".equals(items.get(0).at("/status/privacyStatus").asText())) {
                return new Availability(Availability.State.GONE, METHOD, 200, "videos.list does not return the video");
            }
            JsonNode restriction = items.get(0).at("/contentDetails/regionRestriction");
            boolean blocked = contains(restriction.path("blocked"), config.regionCode())
                    || (restriction.path("allowed").isArray() && !contains(restriction.path("allowed"), config.regionCode()));
            return blocked
                    ? new Availability(Availability.State.GEO_BLOCKED, METHOD, 200, "region restriction excludes " + config.regionCode())
                    : new Availability(Availability.State.AVAILABLE, METHOD, 200, null);
        }).onFailure().recoverWithItem(failure -> new Availability(Availability.State.ERROR, METHOD, null, failure.getMessage()));
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode item : array) {
            if (value.equalsIgnoreCase(item.asText())) {
                return true;
            }
        }
        return false;
    }

    private HttpRequest<Buffer> get(String path) {
        return http.client().getAbs(config.baseUrl() + path)
                .addQueryParam("key", config.apiKey().orElse(""))
                .timeout(config.timeout().toMillis());
    }

    private Uni<JsonNode> send(HttpRequest<Buffer> request, String what) {
        return request.send()
                .onFailure().transform(e -> new ConnectorFailure(ConnectorFailure.Kind.FAILED, what + " unreachable: " + e.getMessage()))
                .map(response -> checked(response, what));
    }

    private JsonNode checked(HttpResponse<Buffer> response, String what) {
        int status = response.statusCode();
        JsonNode body = http.body(response, what);
        if (status == 200) {
            return body;
        }
        String reason = body.at("/error/errors/0/reason").asText("");
        String detail = what + " answered " + status + " " + reason + ": " + body.at("/error/message").asText("");
        if (reason.equals("quotaExceeded") || reason.equals("dailyLimitExceeded")) {
            throw new ConnectorFailure(ConnectorFailure.Kind.QUOTA_EXHAUSTED, detail);
        }
        if (status == 429 || reason.equals("rateLimitExceeded") || reason.equals("userRateLimitExceeded")) {
            throw new ConnectorFailure(ConnectorFailure.Kind.RATE_LIMITED, detail);
        }
        throw new ConnectorFailure(ConnectorFailure.Kind.FAILED, detail);
    }

    static Submission submission(JsonNode video) {
        String id = ConnectorItems.id(video.path("id"));
        JsonNode snippet = video.path("snippet");
        String channel = ConnectorItems.id(snippet.path("channelId"));
        if (id == null || channel == null) {
            return null;
        }
        var texts = ConnectorItems.texts(ConnectorItems.text(snippet.path("description")),
                ConnectorItems.hashtags(snippet.path("tags")), ConnectorItems.text(snippet.path("title")), null);
        JsonNode statistics = video.path("statistics");
        String language = ConnectorItems.id(snippet.path("defaultAudioLanguage"));
        return new Submission("youtube", id, "https://www.youtube.com/watch?v=" + id, channel, null,
                texts == null ? "" : texts.combined(), instant(snippet.path("publishedAt")),
                ConnectorItems.id(snippet.path("channelTitle")), null, texts, null,
                new ContentMetrics(ConnectorItems.count(statistics.path("viewCount")),
                        ConnectorItems.count(statistics.path("likeCount")), null,
                        ConnectorItems.count(statistics.path("commentCount"))),
                language != null && language.length() <= ContentRules.MAX_LANGUAGE_LENGTH && language.matches(ContentRules.LANGUAGE_TAG) ? language : null);
    }

    private static Instant instant(JsonNode node) {
        try {
            return node.isTextual() ? Instant.parse(node.asText()) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
