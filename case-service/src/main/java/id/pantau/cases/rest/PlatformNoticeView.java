package id.pantau.cases.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.pantau.cases.domain.Notice;
import id.pantau.cases.domain.TakedownCase;
import id.pantau.cases.service.PlatformNoticeFile;
import java.time.Instant;
import java.util.UUID;

/** A notice as its platform sees it; {@code evidence} is present when one notice is fetched. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlatformNoticeView(
        UUID id,
        UUID caseId,
        String state,
        String platform,
        String externalId,
        String url,
        String issuingAuthority,
        String legalBasisId,
        String legalBasis,
        String reason,
        String requestedAction,
        String priority,
        Instant deadline,
        Instant createdAt,
        String evidenceDigest,
        String responseUrl,
        Instant acknowledgedAt,
        String actionTaken,
        String platformReference,
        Instant actionedAt,
        String contestCode,
        String kind,
        PlatformEvidenceView evidence) {

    static PlatformNoticeView of(PlatformNoticeFile file) {
        Notice n = file.notice();
        TakedownCase c = file.takedownCase();
        return new PlatformNoticeView(n.id, n.caseId, c.state.name(), n.platform, n.externalId, n.url,
                n.issuingAuthority, n.legalBasisId, n.legalBasis, n.reason, n.requestedAction, n.priority.name(), n.deadline,
                n.createdAt, n.evidenceDigest, n.responseUrl, n.acknowledgedAt,
                n.actionTaken == null ? null : n.actionTaken.name(), n.platformReference, n.actionedAt,
                n.contestCode == null ? null : n.contestCode.name(), n.kind, PlatformEvidenceView.of(file.evidence()));
    }
}
