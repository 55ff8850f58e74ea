package id.pantau.events;

import java.util.UUID;

/** Published by ingestion-service for every new content item and every edited version of one. */
public record ContentIngested(UUID contentId, int version, Content content) {
    public static final String TOPIC = "content.ingested";
    public static final String TYPE = "id.pantau.content.ingested.v1";
}
