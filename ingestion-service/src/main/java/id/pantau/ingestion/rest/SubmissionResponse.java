package id.pantau.ingestion.rest;

import id.pantau.ingestion.domain.IngestionOutcome;
import java.util.UUID;

/** {@code status}: ACCEPTED (new, 202), EDITED (new version, 202) or DUPLICATE (unchanged, 200). */
public record SubmissionResponse(UUID id, int version, IngestionOutcome status) {
}
