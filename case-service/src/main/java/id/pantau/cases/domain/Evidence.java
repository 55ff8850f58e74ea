package id.pantau.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One evidence version of a case: the canonical snapshot of a classified content version and its
 * SHA-256. Text, hash and capture time are copied out of the snapshot for the platform API.
 */
@Entity
@Table(name = "evidence")
public class Evidence {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "evidence_version")
    public int evidenceVersion;

    @Column(name = "content_version")
    public int contentVersion;

    public String text;

    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "captured_at")
    public Instant capturedAt;

    public String snapshot;

    public String sha256;

    @Column(name = "created_at")
    public Instant createdAt;
}
