package id.pantau.cases.domain;

import id.pantau.commons.ids.RowIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A stored link of a case's audit chain; written once, never updated. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    public int seq;

    public String actor;

    public String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public CaseState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    public CaseState toState;

    public String reason;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "prev_hash")
    public String prevHash;

    public String hash;

    public static AuditEntry of(AuditRecord record) {
        AuditEntry entry = new AuditEntry();
        entry.id = RowIds.next();
        entry.caseId = record.caseId();
        entry.seq = record.seq();
        entry.actor = record.actor();
        entry.action = record.action();
        entry.fromState = record.from();
        entry.toState = record.to();
        entry.reason = record.reason();
        entry.occurredAt = record.occurredAt();
        entry.prevHash = record.prevHash();
        entry.hash = record.hash();
        return entry;
    }

    public AuditRecord toRecord() {
        return new AuditRecord(caseId, seq, actor, action, fromState, toState, reason, occurredAt, prevHash, hash);
    }
}
