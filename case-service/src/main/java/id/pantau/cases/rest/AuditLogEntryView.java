package id.pantau.cases.rest;

import id.pantau.cases.domain.AuditEntry;
import java.time.Instant;
import java.util.UUID;

/** An entry of the audit log as auditors read it across cases. */
public record AuditLogEntryView(
        UUID id,
        UUID caseId,
        int seq,
        String actor,
        String action,
        String fromState,
        String toState,
        String reason,
        Instant occurredAt,
        String prevHash,
        String hash) {

    static AuditLogEntryView of(AuditEntry e) {
        return new AuditLogEntryView(e.id, e.caseId, e.seq, e.actor, e.action,
                e.fromState == null ? null : e.fromState.name(), e.toState.name(), e.reason, e.occurredAt, e.prevHash,
                e.hash);
    }
}
