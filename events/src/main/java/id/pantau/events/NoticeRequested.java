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
        Instant requestedAt,
        String legalBasisId,
        BilingualText legalBasisTitle,
        BilingualText legalBasisText,
        BilingualText statementOfReasons,
        String kind) {

    /** A takedown notice, or a warning letter that follows up an escalated case. */
    public static final String KIND_TAKEDOWN = "TAKEDOWN";
    public static final String KIND_WARNING_LETTER = "WARNING_LETTER";

    /**
     * The first shape of this record, kept so that code written against it still compiles. The components
     * after {@code requestedAt} were added later (bilingual legal texts, kind); older events lack them.
     */
    public NoticeRequested(UUID noticeId, UUID caseId, UUID contentId, String platform, String externalId, String url,
            String authorId, String issuingAuthority, String legalBasis, String reason, String requestedAction,
            String priority, Instant deadline, String evidenceDigest, String responseUrl, Instant requestedAt) {
        this(noticeId, caseId, contentId, platform, externalId, url, authorId, issuingAuthority, legalBasis, reason,
                requestedAction, priority, deadline, evidenceDigest, responseUrl, requestedAt, null, null, null, null, null);
    }

    public static final String TOPIC = "notice.requested";
    public static final String TYPE = "id.pantau.notice.requested.v1";
}
