package id.pantau.notification.service;

import id.pantau.commons.outbox.Outbox;
import id.pantau.commons.vertx.SafeContexts;
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
import id.pantau.notification.config.DeliveryConfig;
import io.smallrye.mutiny.Multi;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Writes an attempt's outcome, the delivery's next state and the notice.status event in one
 * transaction (through the outbox), so the log, the schedule and what case-service hears agree.
 * <p>
 * Outcomes that arrive while a transaction is being written wait and are written together in the
 * next one: one transaction, one lookup and one batch of inserts and updates for all of them instead
 * of five round trips each. Each outcome is still all or nothing with its event, and a caller hears
 * of its outcome only once it is committed. If a batch fails, its outcomes are written one by one, so
 * one bad row never costs the others their record (an unrecorded outcome is not lost either: its lease
 * runs out and the notice is sent again with the same Idempotency-Key).
 */
@ApplicationScoped
public class AttemptRecorder {

    private static final Logger LOG = Logger.getLogger(AttemptRecorder.class);

    /** An outcome waiting to be written, and who waits for it. */
    private record Outcome(WebhookCall call, AttemptResult result, Instant attemptedAt,
            CompletableFuture<DeliveryState> recorded) {
    }

    /** What writing one outcome adds to the transaction; state null when its lease was lost. */
    private record Written(Outcome outcome, DeliveryState state, DeliveryAttempt attempt, NoticeStatus status,
            String key) {
    }

    private final DeliveryRepository deliveries;
    private final DeliveryAttemptRepository attempts;
    private final Outbox outbox;
    private final DeliveryMetrics metrics;
    private final Clock clock;
    private final RetryPolicy defaults;
    private final Vertx vertx;
    private final int maxBatch;
    private final Queue<Outcome> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writing = new AtomicBoolean();

    public AttemptRecorder(DeliveryRepository deliveries, DeliveryAttemptRepository attempts, Outbox outbox,
            DeliveryMetrics metrics, Clock clock, RetryPolicies policies, Vertx vertx, DeliveryConfig config) {
        this.deliveries = deliveries;
        this.attempts = attempts;
        this.outbox = outbox;
        this.metrics = metrics;
        this.clock = clock;
        this.defaults = policies.defaults();
        this.vertx = vertx;
        this.maxBatch = config.concurrency();
    }

    /** @return the delivery's new state once committed, or null when the lease was lost and the result discarded */
    public Uni<DeliveryState> record(WebhookCall call, AttemptResult result, Instant attemptedAt) {
        CompletableFuture<DeliveryState> recorded = new CompletableFuture<>();
        waiting.add(new Outcome(call, result, attemptedAt, recorded));
        writeWaiting();
        return Uni.createFrom().completionStage(recorded);
    }

    /** Starts a transaction for what is waiting, unless one is being written (it starts the next when done). */
    private void writeWaiting() {
        if (waiting.isEmpty() || !writing.compareAndSet(false, true)) {
            return;
        }
        List<Outcome> batch = new ArrayList<>();
        for (Outcome next = waiting.poll(); next != null; next = batch.size() < maxBatch ? waiting.poll() : null) {
            batch.add(next);
        }
        onOwnContext(() -> write(batch)
                .onFailure(failure -> batch.size() > 1)
                .recoverWithUni(failure -> {
                    LOG.warnf("Recording %d outcomes together failed (%s); recording them one by one",
                            batch.size(), failure.getMessage());
                    return Multi.createFrom().iterable(batch)
                            .onItem().transformToUniAndConcatenate(one -> onOwnContext(() -> write(List.of(one)))
                                    .onFailure().recoverWithUni(single -> fail(one, single)))
                            .collect().last();
                }))
                .subscribe().with(
                        done -> {
                            writing.set(false);
                            writeWaiting();
                        },
                        failure -> {
                            batch.forEach(outcome -> outcome.recorded().completeExceptionally(failure));
                            writing.set(false);
                            writeWaiting();
                        });
    }

    private Uni<Void> fail(Outcome outcome, Throwable failure) {
        outcome.recorded().completeExceptionally(failure);
        return Uni.createFrom().voidItem();
    }

    /** Hibernate Reactive keeps its session on the Vert.x context: every transaction gets a fresh one. */
    private <T> Uni<T> onOwnContext(Supplier<Uni<T>> work) {
        return SafeContexts.run(vertx, work);
    }

    /** One transaction for the batch; its outcomes hear of it only after the commit. */
    private Uni<Void> write(List<Outcome> batch) {
        List<UUID> ids = batch.stream().map(outcome -> outcome.call().deliveryId()).distinct().toList();
        return Panache.withTransaction(() -> deliveries.findByIds(ids).chain(found -> {
                    Map<UUID, Delivery> byId = new HashMap<>();
                    found.forEach(delivery -> byId.put(delivery.id, delivery));
                    List<Written> written = batch.stream()
                            .map(outcome -> apply(byId.get(outcome.call().deliveryId()), outcome))
                            .toList();
                    List<Written> kept = written.stream().filter(w -> w.state() != null).toList();
                    // All attempts, then all events: rows of one table in a row go out as one batched statement.
                    return attempts.persist(kept.stream().map(Written::attempt))
                            .chain(() -> Multi.createFrom().iterable(kept)
                                    .onItem().transformToUniAndConcatenate(w -> outbox.append(NoticeStatus.TOPIC,
                                            NoticeStatus.TYPE, w.key(), w.status()))
                                    .collect().last())
                            .replaceWith(written);
                }))
                .invoke(written -> written.forEach(w -> {
                    if (w.state() != null) {
                        metrics.count(w.state());
                    }
                    w.outcome().recorded().complete(w.state());
                }))
                .replaceWithVoid();
    }

    private Written apply(Delivery delivery, Outcome outcome) {
        WebhookCall call = outcome.call();
        AttemptResult result = outcome.result();
        if (delivery == null || !delivery.leasedBy(call.attemptId())) {
            // Our lease ran out and another worker took the delivery over; its attempt will be the
            // one recorded. The platform may have seen both, which the Idempotency-Key absorbs.
            LOG.warnf("Lease of attempt %s on delivery %s was lost; its result (%s) is not recorded",
                    call.attemptId(), call.deliveryId(), result.describe());
            return new Written(outcome, null, null, null, null);
        }
        Instant now = clock.instant();
        if (!AttemptResult.NO_ENDPOINT.equals(call.problem())) {
            // The channel this round is on, chosen by the claim; nothing configured leaves it unset.
            delivery.channel = call.channel();
        }
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
        DeliveryAttempt attempt = attempt(call, result, outcome.attemptedAt(), attemptNo, decision.state());
        NoticeStatus status = new NoticeStatus(delivery.noticeId, delivery.caseId, delivery.platform,
                decision.state().eventStatus(), attemptNo, call.channel(), result.httpStatus(),
                decision.detail(), now);
        return new Written(outcome, decision.state(), attempt, status, delivery.caseId.toString());
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
