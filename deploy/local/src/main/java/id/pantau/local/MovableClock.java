package id.pantau.local;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Real time plus an offset that tests move forward, so that deadlines and schedules come due without
 * sleeping. Each service's tests make it their application clock (a CDI producer in their own test
 * sources replaces the commons default clock). {@link #advance} only moves forward, so a test that moves
 * it cannot make another test's timestamps run backwards; {@link #reset} is for tests that must start
 * from real time and own the clock while they run.
 */
public class MovableClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("time only moves forward");
        }
        offset.accumulateAndGet(by, Duration::plus);
    }

    /** Back to real time. */
    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset.get());
    }
}
