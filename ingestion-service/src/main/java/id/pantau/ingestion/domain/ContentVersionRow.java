package id.pantau.ingestion.domain;

import id.pantau.events.ContentMetrics;
import id.pantau.events.ContentSource;
import id.pantau.events.ContentTexts;
import java.time.Instant;
import java.util.UUID;

/**
 * A {@code content_version} row of a chunk whose versions are inserted with one statement instead of one per
 * version; hashtags and media hold the same JSON text the entity's converters write.
 */
public record ContentVersionRow(UUID id, UUID contentId, int version, String text, String url, String authorId,
        String authorHandle, Instant postedAt, Instant capturedAt, String contentHash, String authorDisplayName,
        Long authorFollowerCount, String caption, String hashtags, String title, String transcript,
        String onScreenText, String media, Long views, Long likes, Long shares, Long comments, String language,
        ContentSource source) {

    private static final JsonColumns.Strings HASHTAGS = new JsonColumns.Strings();
    private static final JsonColumns.Media MEDIA = new JsonColumns.Media();

    public static ContentVersionRow of(ContentVersion version) {
        ContentTexts texts = version.texts();
        ContentMetrics metrics = version.metrics();
        return new ContentVersionRow(version.id(), version.contentId(), version.version(), version.text(),
                version.url(), version.authorId(), version.authorHandle(), version.postedAt(), version.capturedAt(),
                version.contentHash(), version.authorDisplayName(), version.authorFollowerCount(),
                texts == null ? null : texts.caption(),
                texts == null ? null : HASHTAGS.convertToDatabaseColumn(texts.hashtags()),
                texts == null ? null : texts.title(), texts == null ? null : texts.transcript(),
                texts == null ? null : texts.onScreenText(),
                MEDIA.convertToDatabaseColumn(version.media()),
                metrics == null ? null : metrics.views(), metrics == null ? null : metrics.likes(),
                metrics == null ? null : metrics.shares(), metrics == null ? null : metrics.comments(),
                version.language(), version.source());
    }
}
