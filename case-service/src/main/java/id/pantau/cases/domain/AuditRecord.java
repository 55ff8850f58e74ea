package id.pantau.cases.domain;

import java.time.Instant;
import java.util.UUID;

/** One link of a case's audit chain, as hashed. {@code from} is null for the entry that opened the case. */
public record AuditRecord(
        UUID caseId,
        int seq,
        String actor,
        String action,
        CaseState from,
        CaseState to,
        String reason,
        Instant occurredAt,
        String prevHash,
        String hash) {
}
