package id.pantau.ingestion.domain;

import id.pantau.events.RemovalResult;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The re-checks of one actioned case's content. Gone or geo-blocked decides at once; still there decides
 * only after {@code checks} checks spread over the window, because platforms take time to act.
 */
@Entity
@Table(name = "removal_check")
public class RemovalCheck {

    @Id
    @Column(name = "case_id")
    private UUID caseId;

    @Column(name = "content_id")
    private UUID contentId;

    private String platform;

    @Column(name = "external_id")
    private String externalId;

    private String url;

    @Column(name = "posted_at")
    private Instant postedAt;

    @Column(name = "requested_at")
    private Instant requestedAt;

    private int checks;

    private int failures;

    @Column(name = "next_check_at")
    private Instant nextCheckAt;

    private String method;

    @Column(name = "last_http_status")
    private Integer lastHttpStatus;

    @Column(name = "last_detail")
    private String lastDetail;

    @Enumerated(EnumType.STRING)
    private RemovalResult result;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "lease_owner")
    private String leaseOwner;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    protected RemovalCheck() {
    }

    public RemovalCheck(UUID caseId, UUID contentId, String platform, String externalId, String url, Instant postedAt,
            Instant now) {
        this.caseId = caseId;
        this.contentId = contentId;
        this.platform = platform;
        this.externalId = externalId;
        this.url = url;
        this.postedAt = postedAt;
        restart(now);
    }

    /** The case was actioned again (after a reopening): a new round of checks. */
    public void restart(Instant now) {
        release();
        requestedAt = now;
        checks = 0;
        failures = 0;
        nextCheckAt = now;
        result = null;
        decidedAt = null;
        method = null;
        lastHttpStatus = null;
        lastDetail = null;
    }

    /** This replica makes the next check; the others leave it alone until {@code until}. */
    public void lease(String owner, Instant until) {
        leaseOwner = owner;
        leaseUntil = until;
    }

    /** Still this replica's: no other took the check over after the lease ran out. */
    public boolean leasedBy(String owner) {
        return owner.equals(leaseOwner);
    }

    public void release() {
        leaseOwner = null;
        leaseUntil = null;
    }

    public boolean decided() {
        return decidedAt != null;
    }

    /** Applies a check's finding; the result once it is decided, to be published. */
    public Optional<RemovalResult> record(Availability found, int requiredChecks, Duration window, Duration retryAfter,
            int maxFailures, Instant now) {
        method = found.method();
        lastHttpStatus = found.httpStatus();
        lastDetail = found.detail() == null || found.detail().length() <= 2048 ? found.detail() : found.detail().substring(0, 2048);
        switch (found.state()) {
            case GONE -> {
                checks++;
                decide(RemovalResult.GONE, now);
            }
            case GEO_BLOCKED -> {
                checks++;
                decide(RemovalResult.GEO_BLOCKED, now);
            }
            case AVAILABLE -> {
                checks++;
                if (checks >= requiredChecks) {
                    decide(RemovalResult.STILL_AVAILABLE, now);
                } else {
                    nextCheckAt = now.plus(window.dividedBy(Math.max(1, requiredChecks - 1)));
                }
            }
            case ERROR -> {
                failures++;
                if (failures >= maxFailures) {
                    decide(RemovalResult.UNKNOWN, now);
                } else {
                    nextCheckAt = now.plus(retryAfter);
                }
            }
        }
        return Optional.ofNullable(result);
    }

    private void decide(RemovalResult decision, Instant now) {
        result = decision;
        decidedAt = now;
        nextCheckAt = null;
    }

    public UUID caseId() {
        return caseId;
    }

    public UUID contentId() {
        return contentId;
    }

    public String platform() {
        return platform;
    }

    public String externalId() {
        return externalId;
    }

    public String url() {
        return url;
    }

    public Instant postedAt() {
        return postedAt;
    }

    /** Every check made, the failed ones included. */
    public int attempts() {
        return checks + failures;
    }

    public Instant nextCheckAt() {
        return nextCheckAt;
    }

    public String method() {
        return method;
    }

    public Integer lastHttpStatus() {
        return lastHttpStatus;
    }

    public String lastDetail() {
        return lastDetail;
    }

    public RemovalResult result() {
        return result;
    }
}
