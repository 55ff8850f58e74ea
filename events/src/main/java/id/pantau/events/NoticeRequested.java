package id.pantau.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Published by case-service when a reviewer approves a takedown: everything the platform needs to act.
 * noticeId is unique per notice and safe to retry with (it is the delivery's idempotency key).
 */
public record NoticeRequested(
        UUID noticeId,
        UUID caseId,
        UUID contentId,
        String platform,
        String externalId,
        String url,
        String authorId,
        String issuingAuthority,
        String legalBasis,
        String reason,
        String requestedAction,
        String priority,
        Instant deadline,
        String evidenceDigest,
        String responseUrl,
        Instant requestedAt) {
    public static final String TOPIC = "notice.requested";
    public static final String TYPE = "id.pantau.notice.requested.v1";
}
