package id.pantau.cases.domain;

import id.pantau.events.DeliveryStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A takedown notice issued on approval, with its delivery progress and the platform's answer. */
@Entity
@Table(name = "notice")
public class Notice {

    public static final String REQUESTED_ACTION_REMOVE = "REMOVE";
    public static final String KIND_TAKEDOWN = "TAKEDOWN";
    public static final String KIND_WARNING_LETTER = "WARNING_LETTER";

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    public String platform;

    @Column(name = "external_id")
    public String externalId;

    public String url;

    @Column(name = "issuing_authority")
    public String issuingAuthority;

    @Column(name = "legal_basis_id")
    public String legalBasisId;

    @Column(name = "legal_basis")
    public String legalBasis;

    public String reason;

    @Column(name = "requested_action")
    public String requestedAction;

    @Enumerated(EnumType.STRING)
    public Priority priority;

    public Instant deadline;

    @Column(name = "evidence_digest")
    public String evidenceDigest;

    @Column(name = "response_url")
    public String responseUrl;

    @Column(name = "created_at")
    public Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_status")
    public DeliveryStatus deliveryStatus;

    @Column(name = "delivery_attempt")
    public Integer deliveryAttempt;

    @Column(name = "delivery_channel")
    public String deliveryChannel;

    @Column(name = "delivery_detail")
    public String deliveryDetail;

    @Column(name = "delivery_updated_at")
    public Instant deliveryUpdatedAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "action_taken")
    public PlatformAction actionTaken;

    @Column(name = "platform_reference")
    public String platformReference;

    /** When the platform says it acted (it may report later than it acted); {@link #actionReportedAt} is when it told us. */
    @Column(name = "actioned_at")
    public Instant actionedAt;

    @Column(name = "action_reported_at")
    public Instant actionReportedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "contest_code")
    public ContestReason contestCode;

    @Column(name = "contested_at")
    public Instant contestedAt;

    /** {@code TAKEDOWN}, or {@code WARNING_LETTER} when a supervisor follows an escalation up with one. */
    public String kind = KIND_TAKEDOWN;

    /**
     * Records a delivery report unless a newer one is already recorded: reports of different attempts
     * may arrive out of order.
     */
    public boolean recordDelivery(DeliveryStatus status, int attempt, String channel, String detail, Instant occurredAt) {
        if (status == DeliveryStatus.DELIVERED && deliveredAt == null) {
            deliveredAt = occurredAt;
        }
        if (deliveryUpdatedAt != null && occurredAt != null && occurredAt.isBefore(deliveryUpdatedAt)) {
            return false;
        }
        deliveryStatus = status;
        deliveryAttempt = attempt;
        deliveryChannel = channel;
        deliveryDetail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
        deliveryUpdatedAt = occurredAt;
        return true;
    }
}
