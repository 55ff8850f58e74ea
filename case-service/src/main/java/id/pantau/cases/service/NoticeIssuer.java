package id.pantau.cases.service;

import id.pantau.cases.config.CaseConfig;
import id.pantau.cases.domain.Evidence;
import id.pantau.cases.domain.LegalBasis;
import id.pantau.cases.domain.Notice;
import id.pantau.cases.domain.TakedownCase;
import id.pantau.cases.repository.EvidenceRepository;
import id.pantau.cases.repository.LegalBasisRepository;
import id.pantau.cases.repository.NoticeRepository;
import id.pantau.commons.outbox.Outbox;
import id.pantau.events.BilingualText;
import id.pantau.events.NoticeRequested;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** Issues the takedown notice of an approved case and asks notification-service to deliver it. */
@ApplicationScoped
public class NoticeIssuer {

    private final EvidenceRepository evidence;
    private final NoticeRepository notices;
    private final Outbox outbox;
    private final CaseConfig config;
    private final LegalBasisRepository legalBases;

    public NoticeIssuer(EvidenceRepository evidence, NoticeRepository notices, Outbox outbox, CaseConfig config,
            LegalBasisRepository legalBases) {
        this.legalBases = legalBases;
        this.evidence = evidence;
        this.notices = notices;
        this.outbox = outbox;
        this.config = config;
    }

    /**
     * Must run in the transaction that approved the case: notice, event and approval commit together.
     * The notice's deadline is the case's running SLA clock.
     */
    public Uni<Notice> issue(TakedownCase approved, Instant now) {
        return issue(approved, now, Notice.KIND_TAKEDOWN);
    }

    /** {@code kind}: a takedown notice, or a warning letter following up an escalation. */
    public Uni<Notice> issue(TakedownCase approved, Instant now, String kind) {
        return evidence.latestOf(approved.id)
                .onItem().ifNull().failWith(() -> new IllegalStateException("Case " + approved.id + " has no evidence"))
                .chain(latest -> {
                    Notice notice = noticeFor(approved, latest, now);
                    notice.kind = kind;
                    Uni<LegalBasis> cited = approved.legalBasisId == null
                            ? Uni.createFrom().nullItem()
                            : legalBases.findById(approved.legalBasisId);
                    return cited.chain(basis -> notices.persist(notice)
                            .call(() -> outbox.append(NoticeRequested.TOPIC, NoticeRequested.TYPE,
                                    approved.id.toString(), requested(approved, notice, basis))));
                });
    }

    private Notice noticeFor(TakedownCase approved, Evidence latest, Instant now) {
        Notice notice = new Notice();
        notice.id = UUID.randomUUID();
        notice.caseId = approved.id;
        notice.platform = approved.platform;
        notice.externalId = approved.externalId;
        notice.url = approved.url;
        notice.issuingAuthority = config.issuingAuthority();
        notice.legalBasisId = approved.legalBasisId;
        notice.legalBasis = approved.legalBasis;
        notice.reason = approved.reason;
        notice.requestedAction = Notice.REQUESTED_ACTION_REMOVE;
        notice.priority = approved.priority;
        notice.createdAt = now;
        notice.deadline = approved.slaDeadline;
        notice.evidenceDigest = latest.sha256;
        notice.responseUrl = stripTrailingSlash(config.publicUrl()) + "/api/v1/platform/notices/" + notice.id;
        return notice;
    }

    /**
     * With the legal basis's title and text in both languages from the catalogue and a statement of
     * reasons that quotes them; the analyst's own reasoning is quoted as written, in whatever language.
     */
    private static NoticeRequested requested(TakedownCase approved, Notice notice, LegalBasis basis) {
        BilingualText title = basis == null ? null : new BilingualText(basis.titleIndonesian, basis.titleEnglish);
        BilingualText text = basis == null ? null : new BilingualText(basis.textIndonesian, basis.textEnglish);
        BilingualText reasons = basis == null ? null : statementOfReasons(basis, notice.reason);
        return new NoticeRequested(notice.id, approved.id, approved.contentId, notice.platform, notice.externalId,
                notice.url, approved.authorId, notice.issuingAuthority, notice.legalBasis, notice.reason,
                notice.requestedAction, notice.priority.name(), notice.deadline, notice.evidenceDigest,
                notice.responseUrl, notice.createdAt, notice.legalBasisId, title, text, reasons, notice.kind);
    }

    /** The statement of reasons a notice carries; the console previews the same text. */
    public static BilingualText statementOfReasons(LegalBasis basis, String reason) {
        return new BilingualText(
                "Konten ini melanggar " + basis.citation + " (" + basis.titleIndonesian + "): " + basis.textIndonesian
                        + " Uraian alasan: " + reason,
                "This content violates " + basis.citation + " (" + basis.titleEnglish + "): " + basis.textEnglish
                        + " Statement of reasons: " + reason);
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
