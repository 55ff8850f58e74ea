package id.pantau.commons.vertx;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.function.Supplier;

/**
 * Work started by a timer or a background loop rather than by a request or a message: Hibernate Reactive
 * keeps its session on the Vert.x context and refuses one that is not a duplicated context marked safe, and
 * two pieces of work sharing one context would share one session.
 */
public final class SafeContexts {

    private SafeContexts() {
    }

    /** A fresh duplicated context of this thread's event loop, marked safe: one per unit of work. */
    public static Context fresh(Vertx vertx) {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        return context;
    }

    /** Runs {@code work} on a {@link #fresh} context, hence in its own session and on its own connection. */
    public static <T> Uni<T> run(Vertx vertx, Supplier<Uni<T>> work) {
        Context context = fresh(vertx);
        return Uni.createFrom().emitter(emitter -> context.runOnContext(ignored -> work.get().subscribe().with(
                emitter::complete, emitter::fail)));
    }
}
