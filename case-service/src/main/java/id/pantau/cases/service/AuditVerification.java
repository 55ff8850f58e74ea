package id.pantau.cases.service;

import java.time.Instant;
import java.util.UUID;

/**
 * The result of recomputing every case's audit chain, in the order the cases were opened. Checking
 * stops at the first broken entry, which {@code firstBroken} names; it is null when the log is intact.
 */
public record AuditVerification(boolean intact, long casesChecked, long entriesChecked, Instant verifiedAt,
        BrokenEntry firstBroken) {

    /** {@code entryId} is null when the entry is missing rather than altered. */
    public record BrokenEntry(UUID caseId, int seq, UUID entryId, String problem) {
    }
}
