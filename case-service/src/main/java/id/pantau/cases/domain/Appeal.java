package id.pantau.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An appeal by the content owner against the platform's action, as the platform reported it. */
@Entity
@Table(name = "appeal")
public class Appeal {

    /** The audit action of a reported appeal; it records a fact and moves no state. */
    public static final String AUDIT_ACTION = "APPEAL_REPORTED";

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "notice_id")
    public UUID noticeId;

    public String platform;

    public String reference;

    public String text;

    @Column(name = "filed_at")
    public Instant filedAt;

    @Column(name = "reported_by")
    public String reportedBy;

    @Column(name = "reported_at")
    public Instant reportedAt;
}
