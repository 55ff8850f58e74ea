package id.pantau.cases.domain;

import id.pantau.events.RemovalResult;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A re-check of actioned content; {@code applied} when it moved the case. */
@Entity
@Table(name = "removal_verification")
public class RemovalVerification {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    public RemovalResult result;

    public int checks;

    public String method;

    @Column(name = "http_status")
    public Integer httpStatus;

    public String detail;

    @Column(name = "checked_at")
    public Instant checkedAt;

    @Column(name = "received_at")
    public Instant receivedAt;

    public boolean applied;
}
