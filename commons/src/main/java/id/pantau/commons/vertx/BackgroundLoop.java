package id.pantau.commons.vertx;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Background work on a Vert.x timer (not {@code @Scheduled}, which stretches intervals below a second to one
 * second): a round per tick, never two rounds at once, each on a {@link SafeContexts#fresh} context. A round
 * that answers {@code true} has more to do and is followed at once by the next, so a backlog does not wait for
 * ticks. A failed round is reported and the next tick tries again.
 */
public final class BackgroundLoop {

    private final Vertx vertx;
    private final Supplier<Uni<Boolean>> round;
    private final Consumer<Throwable> onFailure;
    private final AtomicBoolean running = new AtomicBoolean();
    private long timerId = -1;

    public BackgroundLoop(Vertx vertx, Supplier<Uni<Boolean>> round, Consumer<Throwable> onFailure) {
        this.vertx = vertx;
        this.round = round;
        this.onFailure = onFailure;
    }

    public void start(Duration firstAfter, Duration interval) {
        timerId = vertx.setPeriodic(Math.max(1, firstAfter.toMillis()), Math.max(1, interval.toMillis()),
                tick -> runRound());
    }

    public void stop() {
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
        }
    }

    private void runRound() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        SafeContexts.run(vertx, round).subscribe().with(
                more -> {
                    running.set(false);
                    if (more) {
                        runRound();
                    }
                },
                failure -> {
                    running.set(false);
                    onFailure.accept(failure);
                });
    }
}
