package id.pantau.cases.service;

import id.pantau.cases.domain.TakedownCase;
import id.pantau.cases.repository.AppealRepository;
import id.pantau.cases.repository.AuditEntryRepository;
import id.pantau.cases.repository.RemovalVerificationRepository;
import id.pantau.cases.repository.CaseQueue;
import id.pantau.cases.repository.CaseRepository;
import id.pantau.cases.repository.EvidenceRepository;
import id.pantau.cases.repository.NoticeRepository;
import id.pantau.commons.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@ApplicationScoped
public class CaseQueries {

    private final CaseRepository cases;
    private final EvidenceRepository evidence;
    private final AuditEntryRepository audit;
    private final NoticeRepository notices;
    private final CaseQueue queue;
    private final RemovalVerificationRepository verifications;
    private final AppealRepository appeals;

    public CaseQueries(CaseRepository cases, EvidenceRepository evidence, AuditEntryRepository audit,
            NoticeRepository notices, RemovalVerificationRepository verifications, AppealRepository appeals,
            CaseQueue queue) {
        this.queue = queue;
        this.verifications = verifications;
        this.appeals = appeals;
        this.cases = cases;
        this.evidence = evidence;
        this.audit = audit;
        this.notices = notices;
    }

    /** The review queue in its triage order (see {@link CaseQueue}); the cursor is opaque to clients. */
    public Uni<Page<TakedownCase>> queue(QueueFilter filter, String cursor, int limit) {
        return queue(filter, QueueOrder.PRIORITY, cursor, limit);
    }

    /** The review queue in the chosen order; a cursor made for another order is 400. */
    public Uni<Page<TakedownCase>> queue(QueueFilter filter, QueueOrder order, String cursor, int limit) {
        CaseQueue.Position after = cursor == null ? null : position(cursor, order);
        return Panache.withSession(() -> queue.page(filter, order, after, limit + 1)).map(found -> {
            if (found.size() <= limit) {
                return new Page<>(found, null);
            }
            List<TakedownCase> page = found.subList(0, limit);
            CaseQueue.Position last = CaseQueue.Position.of(page.getLast());
            return new Page<>(page, PageCursor.encode(List.of(order.name(), String.valueOf(last.priorityRank()),
                    String.valueOf(last.score()), String.valueOf(last.reach()), last.createdAt().toString(),
                    last.id().toString())));
        });
    }

    private static CaseQueue.Position position(String cursor, QueueOrder order) {
        List<String> key = PageCursor.decode(cursor, 6);
        if (!order.name().equals(key.get(0))) {
            throw ProblemException.badRequest("This cursor pages the queue sorted by "
                    + key.get(0).toLowerCase(Locale.ROOT) + "; start again without it to sort by "
                    + order.name().toLowerCase(Locale.ROOT));
        }
        try {
            return new CaseQueue.Position(Integer.parseInt(key.get(1)), Double.parseDouble(key.get(2)),
                    Long.parseLong(key.get(3)), Instant.parse(key.get(4)), UUID.fromString(key.get(5)));
        } catch (RuntimeException e) {
            throw PageCursor.malformed();
        }
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
                                .chain(notice -> verifications.ofCase(found.id)
                                        .chain(checks -> appeals.ofCase(found.id)
                                                .map(filed -> new CaseFile(found, versions, chain, notice, checks, filed))))));
    }
}
