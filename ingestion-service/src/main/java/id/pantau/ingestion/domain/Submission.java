package id.pantau.ingestion.domain;

import java.time.Instant;

/** A validated piece of content as a crawler or platform pushed it. */
public record Submission(
        String platform,
        String externalId,
        String url,
        String authorId,
        String authorHandle,
        String text,
        Instant postedAt) {

    public String contentHash() {
        return ContentHash.of(text);
    }
}
