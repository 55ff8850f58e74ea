package id.pantau.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** Getting one notice to its platform: its state, its schedule and the lease of the attempt in flight. */
@Entity
@Table(name = "delivery")
public class Delivery {

    private static final int MAX_ERROR_LENGTH = 1024;

    @Id
    public UUID id;

    @Column(name = "notice_id")
    public UUID noticeId;

    @Column(name = "case_id")
    public UUID caseId;

    public String platform;

    /** The notice as JSON, exactly the body every attempt sends (so all attempts sign the same bytes). */
    public String payload;

    @Enumerated(EnumType.STRING)
    public DeliveryState status;

    /** Every attempt ever made; numbers the attempts in the delivery log. */
    public int attempts;

    /** Attempts since the last (re)queue; what max-attempts and the backoff count. */
    @Column(name = "attempts_in_round")
    public int attemptsInRound;

    /** The channel this round is on; null until the first claim picks the platform's preferred one. */
    public String channel;

    /** When the current round of attempts began; the round ends at this plus the platform's max total. */
    @Column(name = "round_started_at")
    public Instant roundStartedAt;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    /** Identifies the claimed attempt; also its Pantau-Event-Id and its delivery_attempt id. */
    @Column(name = "lease_token")
    public UUID leaseToken;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "resent_by")
    public String resentBy;

    @Column(name = "resent_at")
    public Instant resentAt;

    @Version
    public long version;

    public boolean leasedBy(UUID token) {
        return token.equals(leaseToken);
    }

    /** Applies an attempt's outcome and releases the lease; returns the attempt's number. */
    public int recordAttempt(RetryPolicy.Decision decision, Instant now) {
        attempts++;
        attemptsInRound++;
        status = decision.state();
        nextAttemptAt = decision.nextAttemptAt();
        lastError = decision.state() == DeliveryState.DELIVERED ? null : truncate(decision.detail());
        if (decision.state() == DeliveryState.DELIVERED) {
            deliveredAt = now;
        }
        leaseToken = null;
        leaseUntil = null;
        updatedAt = now;
        return attempts;
    }

    /**
     * The round on one channel is over; the next configured channel gets a fresh round, at once.
     * Call after {@link #recordAttempt}, which logged the attempt that ended the round.
     */
    public void fallBackTo(String nextChannel, Instant now) {
        channel = nextChannel;
        status = DeliveryState.RETRYING;
        attemptsInRound = 0;
        roundStartedAt = now;
        nextAttemptAt = now;
    }

    /**
     * Not attempted now (circuit open, rate limit): tried again later, without using up an attempt.
     * Releases the lease the claim took, so that the delivery is claimable again when it is due.
     */
    public void postpone(Instant until, String reason, Instant now) {
        leaseToken = null;
        leaseUntil = null;
        nextAttemptAt = until;
        lastError = truncate(reason);
        updatedAt = now;
    }

    /** Starts a fresh round of attempts after a person looked at a refused or abandoned delivery. */
    public void resend(String actor, Instant now) {
        if (!status.resendable()) {
            throw new IllegalStateException("Only FAILED or DEAD deliveries can be resent; this one is " + status);
        }
        status = DeliveryState.PENDING;
        attemptsInRound = 0;
        channel = null;
        roundStartedAt = now;
        nextAttemptAt = now;
        resentBy = actor;
        resentAt = now;
        updatedAt = now;
    }

    public static String truncate(String text) {
        return text == null || text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }
}
