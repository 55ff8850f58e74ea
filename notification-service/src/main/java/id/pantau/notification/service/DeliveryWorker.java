package id.pantau.notification.service;

import id.pantau.commons.vertx.SafeContexts;
import id.pantau.notification.client.EmailClient;
import id.pantau.notification.client.WebhookClient;
import id.pantau.notification.config.DeliveryConfig;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Sends due deliveries. Each poll claims at most as many as there is room for in flight and
 * returns; every claimed call then runs on its own Vert.x context so that one slow platform never
 * holds up the others and the calls never share a database session.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    private final DeliveryClaims claims;
    private final WebhookClient webhooks;
    private final EmailClient emails;
    private final AttemptRecorder recorder;
    private final EndpointGuards guards;
    private final Vertx vertx;
    private final Clock clock;
    private final int concurrency;
    private final int refillRoom;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean claiming = new AtomicBoolean();
    private volatile boolean backlog;

    public DeliveryWorker(DeliveryClaims claims, WebhookClient webhooks, EmailClient emails, AttemptRecorder recorder,
            EndpointGuards guards, Vertx vertx, Clock clock, DeliveryConfig config) {
        this.guards = guards;
        this.claims = claims;
        this.webhooks = webhooks;
        this.emails = emails;
        this.recorder = recorder;
        this.vertx = vertx;
        this.clock = clock;
        this.concurrency = config.concurrency();
        this.refillRoom = Math.max(1, concurrency / 4);
    }

    @Scheduled(identity = "delivery-worker", every = "${pantau.delivery.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> poll() {
        return claimAndDispatch(1);
    }

    /**
     * Claims as many due deliveries as there is room for. When a claim filled all the room there is
     * probably a backlog: then finished calls claim the next batch at once instead of waiting for the
     * next poll, once a quarter of the room is free (one claim transaction per batch, not per call).
     */
    private Uni<Void> claimAndDispatch(int minimumRoom) {
        int room = concurrency - inFlight.get();
        if (room < minimumRoom || !claiming.compareAndSet(false, true)) {
            return Uni.createFrom().voidItem();
        }
        return claims.claim(room)
                .invoke(calls -> {
                    backlog = calls.size() == room;
                    dispatchAll(calls);
                })
                .eventually(() -> claiming.set(false))
                .onFailure().invoke(failure -> LOG.warnf("Could not claim due deliveries: %s", failure.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private void refill() {
        if (!backlog || concurrency - inFlight.get() < refillRoom) {
            return;
        }
        Context context = SafeContexts.fresh(vertx);
        context.runOnContext(ignored -> claimAndDispatch(refillRoom).subscribe().with(done -> { }, failure -> { }));
    }

    private void dispatchAll(List<WebhookCall> calls) {
        calls.forEach(this::dispatch);
    }

    private void dispatch(WebhookCall call) {
        Context context = SafeContexts.fresh(vertx);
        inFlight.incrementAndGet();
        context.runOnContext(ignored -> deliver(call, context)
                .eventually(() -> {
                    inFlight.decrementAndGet();
                    refill();
                })
                .subscribe().with(
                        state -> LOG.debugf("Attempt %s of notice %s: %s", call.attemptId(), call.noticeId(), state),
                        // The lease runs out and the delivery is tried again: nothing is lost.
                        failure -> LOG.errorf(failure, "Attempt %s of notice %s could not be recorded",
                                call.attemptId(), call.noticeId())));
    }

    private Uni<?> deliver(WebhookCall call, Context context) {
        Instant attemptedAt = clock.instant();
        return (call.byEmail() ? emails.send(call) : webhooks.post(call))
                // Timeouts complete on a Mutiny timer thread; the recording needs this call's own context.
                .emitOn(command -> context.runOnContext(ignored -> command.run()))
                .invoke(result -> guards.record(call.byEmail() ? null : call.url(), result))
                .chain(result -> recorder.record(call, result, attemptedAt));
    }
}
