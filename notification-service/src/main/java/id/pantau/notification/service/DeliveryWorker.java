package id.pantau.notification.service;

import id.pantau.notification.client.EmailClient;
import id.pantau.notification.client.WebhookClient;
import id.pantau.notification.config.DeliveryConfig;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
    private final Vertx vertx;
    private final Clock clock;
    private final int concurrency;
    private final AtomicInteger inFlight = new AtomicInteger();

    public DeliveryWorker(DeliveryClaims claims, WebhookClient webhooks, EmailClient emails, AttemptRecorder recorder,
            Vertx vertx, Clock clock, DeliveryConfig config) {
        this.claims = claims;
        this.webhooks = webhooks;
        this.emails = emails;
        this.recorder = recorder;
        this.vertx = vertx;
        this.clock = clock;
        this.concurrency = config.concurrency();
    }

    @Scheduled(every = "${pantau.delivery.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> poll() {
        int room = concurrency - inFlight.get();
        if (room <= 0) {
            return Uni.createFrom().voidItem();
        }
        return claims.claim(room)
                .invoke(this::dispatchAll)
                .onFailure().invoke(failure -> LOG.warnf("Could not claim due deliveries: %s", failure.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private void dispatchAll(List<WebhookCall> calls) {
        calls.forEach(this::dispatch);
    }

    private void dispatch(WebhookCall call) {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        inFlight.incrementAndGet();
        context.runOnContext(ignored -> deliver(call, context)
                .eventually(inFlight::decrementAndGet)
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
                .chain(result -> recorder.record(call, result, attemptedAt));
    }
}
