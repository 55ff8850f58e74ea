package id.pantau.cases.service;

import id.pantau.cases.domain.AuditEntry;
import id.pantau.cases.domain.Evidence;
import id.pantau.cases.domain.EvidenceSnapshot;
import id.pantau.cases.domain.Notice;
import id.pantau.cases.domain.TakedownCase;
import id.pantau.cases.repository.NoticeRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/** Builds a case's evidence bundle from what is stored; the snapshots are exported byte for byte. */
@ApplicationScoped
public class EvidenceExport {

    private final CaseQueries queries;
    private final NoticeRepository notices;
    private final Clock clock;

    public EvidenceExport(CaseQueries queries, NoticeRepository notices, Clock clock) {
        this.queries = queries;
        this.notices = notices;
        this.clock = clock;
    }

    public Uni<EvidenceBundle> bundle(UUID caseId) {
        return Panache.withSession(() -> queries.existing(caseId)
                .chain(found -> queries.fileOf(found)
                        .chain(file -> notices.ofCase(caseId).map(all -> bundleOf(file, all)))));
    }

    private EvidenceBundle bundleOf(CaseFile file, List<Notice> allNotices) {
        TakedownCase c = file.takedownCase();
        SortedMap<String, String> files = new TreeMap<>();
        for (Evidence version : file.evidence()) {
            files.put("evidence-v" + version.evidenceVersion + ".json", version.snapshot);
        }
        files.put("case.json", EvidenceSnapshot.canonical(caseDocument(c, allNotices, file.audit())));
        StringBuilder manifest = new StringBuilder();
        files.forEach((name, content) -> manifest.append(sha256(content)).append("  ").append(name).append('\n'));
        return new EvidenceBundle(c.id, c.platform, c.externalId, c.url, Timestamps.now(clock), "SHA-256", files,
                manifest.toString());
    }

    private static Map<String, Object> caseDocument(TakedownCase c, List<Notice> allNotices, List<AuditEntry> audit) {
        Map<String, Object> doc = EvidenceSnapshot.sorted();
        doc.put("caseId", c.id.toString());
        doc.put("contentId", c.contentId.toString());
        doc.put("platform", c.platform);
        doc.put("externalId", c.externalId);
        doc.put("url", c.url);
        doc.put("authorId", c.authorId);
        doc.put("state", c.state.name());
        doc.put("legalBasisId", c.legalBasisId);
        doc.put("legalBasis", c.legalBasis);
        doc.put("reason", c.reason);
        doc.put("notices", allNotices.stream().map(n -> {
            Map<String, Object> notice = EvidenceSnapshot.sorted();
            notice.put("id", n.id.toString());
            notice.put("issuingAuthority", n.issuingAuthority);
            notice.put("legalBasis", n.legalBasis);
            notice.put("requestedAction", n.requestedAction);
            notice.put("evidenceDigest", n.evidenceDigest);
            notice.put("createdAt", iso(n.createdAt));
            notice.put("deadline", iso(n.deadline));
            return notice;
        }).toList());
        doc.put("audit", audit.stream().map(e -> {
            Map<String, Object> entry = EvidenceSnapshot.sorted();
            entry.put("seq", e.seq);
            entry.put("actor", e.actor);
            entry.put("action", e.action);
            entry.put("fromState", e.fromState == null ? null : e.fromState.name());
            entry.put("toState", e.toState.name());
            entry.put("reason", e.reason);
            entry.put("occurredAt", iso(e.occurredAt));
            entry.put("prevHash", e.prevHash);
            entry.put("hash", e.hash);
            return entry;
        }).toList());
        return doc;
    }

    private static String iso(java.time.Instant at) {
        return at == null ? null : at.toString();
    }

    static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
