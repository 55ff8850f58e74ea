package id.pantau.cases.service;

import id.pantau.cases.domain.CaseState;
import id.pantau.cases.domain.TakedownCase;
import id.pantau.cases.repository.AuditEntryRepository;
import id.pantau.cases.repository.CaseRepository;
import id.pantau.cases.repository.EvidenceRepository;
import id.pantau.cases.repository.NoticeRepository;
import id.pantau.commons.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CaseQueries {

    private final CaseRepository cases;
    private final EvidenceRepository evidence;
    private final AuditEntryRepository audit;
    private final NoticeRepository notices;

    public CaseQueries(CaseRepository cases, EvidenceRepository evidence, AuditEntryRepository audit,
            NoticeRepository notices) {
        this.cases = cases;
        this.evidence = evidence;
        this.audit = audit;
        this.notices = notices;
    }

    public Uni<List<TakedownCase>> newest(Optional<CaseState> state, int limit) {
        return Panache.withSession(() -> cases.newest(state, limit));
    }

    public Uni<CaseFile> file(UUID id) {
        return Panache.withSession(() -> existing(id).chain(this::fileOf));
    }

    /** Loads a case in the current session or fails with 404. */
    Uni<TakedownCase> existing(UUID id) {
        return cases.findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("No case " + id));
    }

    /** Reads the rest of the case file in the current session (queries are sequential on one session). */
    Uni<CaseFile> fileOf(TakedownCase found) {
        return evidence.ofCase(found.id)
                .chain(versions -> audit.chainOf(found.id)
                        .chain(chain -> notices.latestOf(found.id)
                                .map(notice -> new CaseFile(found, versions, chain, notice))));
    }
}
