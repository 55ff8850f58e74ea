package id.pantau.ingestion.domain;

import id.pantau.events.ContentMedia;
import id.pantau.events.ContentMetrics;
import id.pantau.events.ContentTexts;
import java.time.Instant;
import java.util.List;

/**
 * A validated piece of content as a crawler, platform, connector or report brought it. {@code text} is the
 * combined text that is classified and hashed.
 */
public record Submission(
        String platform,
        String externalId,
        String url,
        String authorId,
        String authorHandle,
        String text,
        Instant postedAt,
        String authorDisplayName,
        Long authorFollowerCount,
        ContentTexts texts,
        List<ContentMedia> media,
        ContentMetrics metrics,
        String language) {

    public Submission(String platform, String externalId, String url, String authorId, String authorHandle,
            String text, Instant postedAt) {
        this(platform, externalId, url, authorId, authorHandle, text, postedAt, null, null, null, null, null, null);
    }

    public String contentHash() {
        return ContentHash.of(text, media);
    }
}
