package id.pantau.ingestion;

import id.pantau.local.MovableClock;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Replaces the commons clock (a default bean) in every @QuarkusTest of this module with one tests can move. */
@Singleton
public class MovableClockProducer {

    @Produces
    @Singleton
    MovableClock clock() {
        return new MovableClock();
    }
}
