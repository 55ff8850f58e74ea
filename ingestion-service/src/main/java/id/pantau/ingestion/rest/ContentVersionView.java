package id.pantau.ingestion.rest;

import id.pantau.events.ContentMedia;
import id.pantau.events.ContentMetrics;
import id.pantau.events.ContentSource;
import id.pantau.events.ContentTexts;
import id.pantau.ingestion.domain.ContentVersion;
import java.time.Instant;
import java.util.List;

public record ContentVersionView(
        int version,
        String url,
        String authorId,
        String authorHandle,
        String text,
        Instant postedAt,
        Instant capturedAt,
        String contentHash,
        String authorDisplayName,
        Long authorFollowerCount,
        ContentTexts texts,
        List<ContentMedia> media,
        ContentMetrics metrics,
        ContentSource source,
        String language) {

    static ContentVersionView of(ContentVersion v) {
        return new ContentVersionView(v.version(), v.url(), v.authorId(), v.authorHandle(), v.text(),
                v.postedAt(), v.capturedAt(), v.contentHash(), v.authorDisplayName(), v.authorFollowerCount(),
                v.texts(), v.media(), v.metrics(), v.source(), v.language());
    }
}
