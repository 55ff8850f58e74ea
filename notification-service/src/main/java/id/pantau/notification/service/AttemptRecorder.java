package id.pantau.notification.service;

import id.pantau.commons.outbox.Outbox;
import id.pantau.events.NoticeStatus;
import id.pantau.notification.domain.AttemptResult;
import id.pantau.notification.domain.Delivery;
import id.pantau.notification.domain.DeliveryAttempt;
import id.pantau.notification.domain.DeliveryState;
import id.pantau.notification.domain.RetryPolicy;
import id.pantau.notification.repository.DeliveryAttemptRepository;
import id.pantau.notification.repository.DeliveryRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * Writes an attempt's outcome, the delivery's next state and the notice.status event in one
 * transaction (through the outbox), so the log, the schedule and what case-service hears agree.
 */
@ApplicationScoped
public class AttemptRecorder {

    private static final Logger LOG = Logger.getLogger(AttemptRecorder.class);

    private final DeliveryRepository deliveries;
    private final DeliveryAttemptRepository attempts;
    private final Outbox outbox;
    private final DeliveryMetrics metrics;
    private final Clock clock;
    private final RetryPolicy defaults;

    public AttemptRecorder(DeliveryRepository deliveries, DeliveryAttemptRepository attempts, Outbox outbox,
            DeliveryMetrics metrics, Clock clock, RetryPolicies policies) {
        this.deliveries = deliveries;
        this.attempts = attempts;
        this.outbox = outbox;
        this.metrics = metrics;
        this.clock = clock;
        this.defaults = policies.defaults();
    }

    /** @return the delivery's new state, or null when the lease was lost and the result discarded */
    public Uni<DeliveryState> record(WebhookCall call, AttemptResult result, Instant attemptedAt) {
        return Panache.withTransaction(() -> deliveries.findById(call.deliveryId())
                        .chain(delivery -> apply(delivery, call, result, attemptedAt)))
                .invoke(state -> {
                    if (state != null) {
                        metrics.count(state);
                    }
                });
    }

    private Uni<DeliveryState> apply(Delivery delivery, WebhookCall call, AttemptResult result, Instant attemptedAt) {
        if (delivery == null || !delivery.leasedBy(call.attemptId())) {
            // Our lease ran out and another worker took the delivery over; its attempt will be the
            // one recorded. The platform may have seen both, which the Idempotency-Key absorbs.
            LOG.warnf("Lease of attempt %s on delivery %s was lost; its result (%s) is not recorded",
                    call.attemptId(), call.deliveryId(), result.describe());
            return Uni.createFrom().nullItem();
        }
        Instant now = clock.instant();
        RetryPolicy policy = call.policy() == null ? defaults : call.policy();
        RetryPolicy.Decision decision = policy.decide(result, delivery.attemptsInRound + 1, delivery.roundStartedAt,
                now, ThreadLocalRandom.current().nextDouble());
        boolean fallingBack = decision.state() == DeliveryState.DEAD && call.fallback() != null;
        if (fallingBack) {
            // The preferred channel gave up; the next one gets a full round before anyone is told FAILED.
            decision = new RetryPolicy.Decision(DeliveryState.RETRYING, now,
                    decision.detail() + "; falling back to " + call.fallback());
        }
        int attemptNo = delivery.recordAttempt(decision, now);
        if (fallingBack) {
            delivery.fallBackTo(call.fallback(), now);
        }
        DeliveryAttempt attempt = attempt(call, result, attemptedAt, attemptNo, decision.state());
        NoticeStatus status = new NoticeStatus(delivery.noticeId, delivery.caseId, delivery.platform,
                decision.state().eventStatus(), attemptNo, call.channel(), result.httpStatus(),
                decision.detail(), now);
        return attempts.persist(attempt)
                .chain(() -> outbox.append(NoticeStatus.TOPIC, NoticeStatus.TYPE, delivery.caseId.toString(), status))
                .replaceWith(decision.state());
    }

    private static DeliveryAttempt attempt(WebhookCall call, AttemptResult result, Instant attemptedAt, int attemptNo,
            DeliveryState outcome) {
        DeliveryAttempt attempt = new DeliveryAttempt();
        attempt.id = call.attemptId();
        attempt.deliveryId = call.deliveryId();
        attempt.attemptNo = attemptNo;
        attempt.attemptedAt = attemptedAt;
        attempt.channel = call.channel();
        attempt.httpStatus = result.httpStatus();
        attempt.latencyMs = result.latencyMs();
        attempt.outcome = outcome;
        attempt.error = Delivery.truncate(result.error());
        return attempt;
    }
}
