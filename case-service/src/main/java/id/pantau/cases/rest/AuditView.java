package id.pantau.cases.rest;

import id.pantau.cases.domain.AuditEntry;
import java.time.Instant;

public record AuditView(
        int seq,
        String actor,
        String action,
        String fromState,
        String toState,
        String reason,
        Instant occurredAt,
        String prevHash,
        String hash) {

    static AuditView of(AuditEntry e) {
        return new AuditView(e.seq, e.actor, e.action, e.fromState == null ? null : e.fromState.name(),
                e.toState.name(), e.reason, e.occurredAt, e.prevHash, e.hash);
    }
}
