package id.pantau.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One line of the delivery log. Its id is the Pantau-Event-Id the platform saw. */
@Entity
@Table(name = "delivery_attempt")
public class DeliveryAttempt {

    public static final String WEBHOOK = "WEBHOOK";
    public static final String EMAIL = "EMAIL";

    @Id
    public UUID id;

    @Column(name = "delivery_id")
    public UUID deliveryId;

    @Column(name = "attempt_no")
    public int attemptNo;

    @Column(name = "attempted_at")
    public Instant attemptedAt;

    public String channel;

    @Column(name = "http_status")
    public Integer httpStatus;

    @Column(name = "latency_ms")
    public long latencyMs;

    @Enumerated(EnumType.STRING)
    public DeliveryState outcome;

    public String error;
}
