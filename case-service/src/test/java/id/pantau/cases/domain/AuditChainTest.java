package id.pantau.cases.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final UUID CASE = UUID.fromString("6f1c1b8e-9a43-4c59-9a8e-1c1f6b7d2a10");
    private static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");

    private static List<AuditRecord> chain() {
        List<AuditRecord> chain = new ArrayList<>();
        chain.add(AuditChain.link(AuditChain.GENESIS, CASE, 1, "system", "OPEN_CASE", null, CaseState.OPEN, null, T0));
        chain.add(AuditChain.link(chain.get(0).hash(), CASE, 2, "analyst1", "PROPOSE", CaseState.OPEN,
                CaseState.PROPOSED, "Promotes imported used clothing", T0.plusSeconds(60)));
        chain.add(AuditChain.link(chain.get(1).hash(), CASE, 3, "reviewer1", "APPROVE", CaseState.PROPOSED,
                CaseState.APPROVED, null, T0.plusSeconds(120)));
        chain.add(AuditChain.link(chain.get(2).hash(), CASE, 4, "notification-service", "NOTICE_DELIVERED",
                CaseState.APPROVED, CaseState.NOTICE_SENT, null, T0.plusSeconds(180)));
        return chain;
    }

    @Test
    void anUntouchedChainVerifies() {
        assertEquals(OptionalInt.empty(), AuditChain.verify(chain()));
        assertEquals(OptionalInt.empty(), AuditChain.verify(List.of()));
    }

    @Test
    void theHashIsSha256HexAndDependsOnThePreviousHash() {
        AuditRecord first = chain().get(0);
        assertEquals(64, first.hash().length());
        assertEquals(AuditChain.GENESIS, first.prevHash());
        AuditRecord sameFieldsOtherPrev = AuditChain.link("f".repeat(64), CASE, 1, "system", "OPEN_CASE", null,
                CaseState.OPEN, null, T0);
        assertNotEquals(first.hash(), sameFieldsOtherPrev.hash());
    }

    @Test
    void changingAnyFieldOfOneEntryIsDetectedAtThatEntry() {
        List<UnaryOperator<AuditRecord>> tamperings = List.of(
                e -> new AuditRecord(e.caseId(), e.seq(), "mallory", e.action(), e.from(), e.to(), e.reason(),
                        e.occurredAt(), e.prevHash(), e.hash()),
                e -> new AuditRecord(e.caseId(), e.seq(), e.actor(), e.action(), e.from(), CaseState.DISMISSED,
                        e.reason(), e.occurredAt(), e.prevHash(), e.hash()),
                e -> new AuditRecord(e.caseId(), e.seq(), e.actor(), e.action(), e.from(), e.to(), "edited reason",
                        e.occurredAt(), e.prevHash(), e.hash()),
                e -> new AuditRecord(e.caseId(), e.seq(), e.actor(), e.action(), e.from(), e.to(), e.reason(),
                        e.occurredAt().plusSeconds(1), e.prevHash(), e.hash()),
                e -> new AuditRecord(UUID.randomUUID(), e.seq(), e.actor(), e.action(), e.from(), e.to(), e.reason(),
                        e.occurredAt(), e.prevHash(), e.hash()));
        for (UnaryOperator<AuditRecord> tamper : tamperings) {
            List<AuditRecord> chain = chain();
            chain.set(1, tamper.apply(chain.get(1)));
            assertEquals(OptionalInt.of(2), AuditChain.verify(chain));
        }
    }

    @Test
    void rehashingATamperedEntryBreaksTheNextLink() {
        List<AuditRecord> chain = chain();
        AuditRecord original = chain.get(1);
        // A forger who also recomputes the entry's own hash still cannot fix the entries after it.
        chain.set(1, AuditChain.link(original.prevHash(), CASE, 2, "analyst1", "PROPOSE", CaseState.OPEN,
                CaseState.PROPOSED, "a different story", original.occurredAt()));
        assertEquals(OptionalInt.of(3), AuditChain.verify(chain));
    }

    @Test
    void removingOrReorderingEntriesIsDetected() {
        List<AuditRecord> removed = chain();
        removed.remove(1);
        assertEquals(OptionalInt.of(3), AuditChain.verify(removed));

        List<AuditRecord> truncatedAtStart = chain();
        truncatedAtStart.remove(0);
        assertEquals(OptionalInt.of(2), AuditChain.verify(truncatedAtStart));
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        AuditRecord a = AuditChain.link(AuditChain.GENESIS, CASE, 1, "ab", "c", null, CaseState.OPEN, null, T0);
        AuditRecord b = AuditChain.link(AuditChain.GENESIS, CASE, 1, "a", "bc", null, CaseState.OPEN, null, T0);
        assertNotEquals(a.hash(), b.hash());
    }
}
