package id.pantau.ingestion.rest;

import id.pantau.ingestion.service.StoredContent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A content item with all its versions, oldest first; {@code latestVersion} is the current one. */
public record ContentView(
        UUID id,
        String platform,
        String externalId,
        Instant createdAt,
        int latestVersion,
        List<ContentVersionView> versions) {

    static ContentView of(StoredContent content) {
        List<ContentVersionView> versions = content.versions().stream().map(ContentVersionView::of).toList();
        return new ContentView(content.item().id(), content.item().platform(), content.item().externalId(),
                content.item().createdAt(), versions.getLast().version(), versions);
    }
}
