package id.pantau.ingestion.rest;

import id.pantau.ingestion.domain.ContentVersion;
import java.time.Instant;

public record ContentVersionView(
        int version,
        String url,
        String authorId,
        String authorHandle,
        String text,
        Instant postedAt,
        Instant capturedAt,
        String contentHash) {

    static ContentVersionView of(ContentVersion v) {
        return new ContentVersionView(v.version(), v.url(), v.authorId(), v.authorHandle(), v.text(),
                v.postedAt(), v.capturedAt(), v.contentHash());
    }
}
