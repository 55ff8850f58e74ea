package id.pantau.ingestion.service;

import id.pantau.ingestion.domain.ContentItem;
import id.pantau.ingestion.domain.ContentVersion;
import java.util.List;

/** A content item with every version, oldest first. */
public record StoredContent(ContentItem item, List<ContentVersion> versions) {
}
