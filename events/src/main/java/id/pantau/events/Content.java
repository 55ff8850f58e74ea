package id.pantau.events;

import java.time.Instant;

/**
 * One piece of platform content as Pantau captured it. Carried inside the content events so that
 * downstream services keep their own evidence and never read ingestion's tables.
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
        String contentHash) {
}
