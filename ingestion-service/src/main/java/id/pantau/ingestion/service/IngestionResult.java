package id.pantau.ingestion.service;

import id.pantau.ingestion.domain.IngestionOutcome;
import java.util.UUID;

/** The content a submission landed on, its current version, and whether anything changed. */
public record IngestionResult(UUID contentId, int version, IngestionOutcome outcome, String platform) {
}
