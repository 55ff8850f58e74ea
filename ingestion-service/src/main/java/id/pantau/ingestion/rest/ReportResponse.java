package id.pantau.ingestion.rest;

import java.util.UUID;

public record ReportResponse(UUID reportId, UUID contentId, String platform, String externalId) {
}
