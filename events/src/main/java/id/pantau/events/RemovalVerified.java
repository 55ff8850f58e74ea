package id.pantau.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Published by ingestion-service when it has re-checked content whose case reached ACTIONED, so
 * case-service can close the case (GONE, GEO_BLOCKED) or escalate it (STILL_AVAILABLE).
 */
public record RemovalVerified(
        UUID caseId,
        UUID contentId,
        String platform,
        String externalId,
        String url,
        RemovalResult result,
        int checks,
        String method,
        Integer httpStatus,
        String detail,
        Instant checkedAt) {
    public static final String TOPIC = "content.removal-verified";
    public static final String TYPE = "id.pantau.content.removal-verified.v1";
}
