package id.pantau.events;

import java.time.Instant;
import java.util.List;

/**
 * One piece of platform content as Pantau captured it. Carried inside the content events so that
 * downstream services keep their own evidence and never read ingestion's tables.
 *
 * <p>{@code text} is the combined text consumers classify: the pushed text, or {@link ContentTexts#combined()}.
 * The components after {@code contentHash} were added later; they may be null in events of older producers.
 */
public record Content(
        String platform,
        String externalId,
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

    /** The first shape of this record, kept so that code written against it still compiles. */
    public Content(String platform, String externalId, String url, String authorId, String authorHandle, String text,
            Instant postedAt, Instant capturedAt, String contentHash) {
        this(platform, externalId, url, authorId, authorHandle, text, postedAt, capturedAt, contentHash,
                null, null, null, null, null, null, null);
    }
}
