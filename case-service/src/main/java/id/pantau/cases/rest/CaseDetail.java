package id.pantau.cases.rest;

import id.pantau.cases.domain.AuditChain;
import id.pantau.cases.domain.AuditEntry;
import id.pantau.cases.domain.TakedownCase;
import id.pantau.cases.service.CaseFile;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One case with its evidence versions, audit trail (and whether its chain verifies) and latest notice. */
public record CaseDetail(
        UUID id,
        UUID contentId,
        String state,
        String priority,
        String verdict,
        double score,
        String platform,
        String externalId,
        String url,
        String authorId,
        String authorHandle,
        String legalBasisId,
        String legalBasis,
        String reason,
        String proposedBy,
        String approvedBy,
        String actionTaken,
        String platformReference,
        Instant createdAt,
        Instant updatedAt,
        Instant slaDeadline,
        Instant slaPausedAt,
        long slaPausedSeconds,
        List<EvidenceView> evidence,
        List<AuditView> audit,
        boolean auditChainIntact,
        NoticeView notice,
        String outcome,
        long reach,
        boolean repeatOffender,
        List<VerificationView> verifications,
        List<AppealView> appeals) {

    /** A re-check of the content after the platform acted. */
    public record VerificationView(String result, int checks, String method, Integer httpStatus, String detail,
            Instant checkedAt, Instant receivedAt, boolean applied) {
    }

    /** An appeal by the content owner, as the platform reported it. */
    public record AppealView(UUID noticeId, String reference, String text, Instant filedAt, String reportedBy,
            Instant reportedAt) {
    }

    static CaseDetail of(CaseFile file) {
        TakedownCase c = file.takedownCase();
        boolean intact = AuditChain.verify(file.audit().stream().map(AuditEntry::toRecord).toList()).isEmpty()
                && !file.audit().isEmpty()
                && file.audit().getLast().hash.equals(c.auditHead);
        return new CaseDetail(c.id, c.contentId, c.state.name(), c.priority.name(), c.verdict.name(), c.score,
                c.platform, c.externalId, c.url, c.authorId, c.authorHandle, c.legalBasisId, c.legalBasis, c.reason, c.proposedBy,
                c.approvedBy, c.actionTaken == null ? null : c.actionTaken.name(), c.platformReference, c.createdAt,
                c.updatedAt, c.slaDeadline, c.slaPausedAt, c.slaPausedSeconds, file.evidence().stream().map(EvidenceView::of).toList(),
                file.audit().stream().map(AuditView::of).toList(), intact, NoticeView.of(file.notice()), c.outcome,
                c.reach, c.repeatOffender,
                file.verifications().stream().map(v -> new VerificationView(v.result.name(), v.checks, v.method,
                        v.httpStatus, v.detail, v.checkedAt, v.receivedAt, v.applied)).toList(),
                file.appeals().stream().map(a -> new AppealView(a.noticeId, a.reference, a.text, a.filedAt,
                        a.reportedBy, a.reportedAt)).toList());
    }
}
