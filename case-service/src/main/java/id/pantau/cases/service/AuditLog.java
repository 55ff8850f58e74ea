package id.pantau.cases.service;

import id.pantau.cases.domain.AuditChain;
import id.pantau.cases.domain.AuditEntry;
import id.pantau.cases.domain.TakedownCase;
import id.pantau.cases.repository.AuditEntryRepository;
import id.pantau.cases.repository.CaseRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The auditors' view of the hash-chained log: reading it with filters and recomputing every chain. */
@ApplicationScoped
public class AuditLog {

    /** Cases whose chains are loaded at once while verifying; bounds memory whatever the log's size. */
    static final int VERIFY_BATCH = 500;

    private final CaseRepository cases;
    private final AuditEntryRepository audit;
    private final Clock clock;

    public AuditLog(CaseRepository cases, AuditEntryRepository audit, Clock clock) {
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    public Uni<Page<AuditEntry>> search(AuditFilter filter, String cursor, int limit) {
        Instant afterAt = null;
        UUID afterId = null;
        if (cursor != null) {
            List<String> key = PageCursor.decode(cursor, 2);
            try {
                afterAt = Instant.parse(key.get(0));
                afterId = UUID.fromString(key.get(1));
            } catch (RuntimeException e) {
                throw PageCursor.malformed();
            }
        }
        Instant at = afterAt;
        UUID id = afterId;
        // One row more than asked tells whether another page exists without a count query.
        return Panache.withSession(() -> audit.search(filter, at, id, limit + 1)).map(found -> {
            if (found.size() <= limit) {
                return new Page<>(found, null);
            }
            List<AuditEntry> page = found.subList(0, limit);
            AuditEntry last = page.getLast();
            return new Page<>(page, PageCursor.encode(List.of(last.occurredAt.toString(), last.id.toString())));
        });
    }

    /**
     * Recomputes every case's chain, and checks that each case's stored head is its last entry (so a
     * deleted last entry is found too), case by case in the order they were opened.
     */
    public Uni<AuditVerification> verify() {
        return Panache.withSession(() -> verifyFrom(null, null, 0, 0));
    }

    private Uni<AuditVerification> verifyFrom(Instant afterAt, UUID afterId, long casesChecked, long entriesChecked) {
        return Panache.getSession().invoke(session -> session.clear())
                .chain(() -> cases.openedAfter(afterAt, afterId, VERIFY_BATCH))
                .chain(batch -> audit.chainsOf(batch.stream().map(c -> c.id).toList()).chain(entries -> {
                    Map<UUID, List<AuditEntry>> byCase = entries.stream()
                            .collect(Collectors.groupingBy(e -> e.caseId));
                    long checkedCases = casesChecked;
                    long checkedEntries = entriesChecked;
                    for (TakedownCase c : batch) {
                        List<AuditEntry> chain = byCase.getOrDefault(c.id, List.of());
                        checkedCases++;
                        checkedEntries += chain.size();
                        Optional<AuditVerification.BrokenEntry> broken = check(c, chain);
                        if (broken.isPresent()) {
                            return Uni.createFrom().item(new AuditVerification(false, checkedCases, checkedEntries,
                                    Timestamps.now(clock), broken.get()));
                        }
                    }
                    if (batch.size() < VERIFY_BATCH) {
                        return Uni.createFrom().item(new AuditVerification(true, checkedCases, checkedEntries,
                                Timestamps.now(clock), null));
                    }
                    TakedownCase last = batch.getLast();
                    return verifyFrom(last.createdAt, last.id, checkedCases, checkedEntries);
                }));
    }

    static Optional<AuditVerification.BrokenEntry> check(TakedownCase owner, List<AuditEntry> chain) {
        var broken = AuditChain.firstBreak(chain.stream().map(AuditEntry::toRecord).toList());
        if (broken.isPresent()) {
            int seq = broken.get().seq();
            UUID entryId = chain.stream().filter(e -> e.seq == seq).findFirst().map(e -> e.id).orElse(null);
            return Optional.of(new AuditVerification.BrokenEntry(owner.id, seq, entryId, broken.get().problem()));
        }
        AuditEntry last = chain.isEmpty() ? null : chain.getLast();
        if (last == null || last.seq != owner.auditSeq || !last.hash.equals(owner.auditHead)) {
            int missing = last == null ? 1 : last.seq + 1;
            return Optional.of(new AuditVerification.BrokenEntry(owner.id, missing, null,
                    "the case's chain head is seq " + owner.auditSeq + " but its last stored entry is "
                            + (last == null ? "none" : "seq " + last.seq) + ": entries were removed"));
        }
        return Optional.empty();
    }
}
