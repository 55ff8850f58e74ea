package id.pantau.ingestion.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.pantau.events.RemovalResult;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RemovalCheckTest {

    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
    private static final Duration WINDOW = Duration.ofHours(24);
    private static final Duration RETRY = Duration.ofMinutes(10);

    private static RemovalCheck check() {
        return new RemovalCheck(UUID.randomUUID(), UUID.randomUUID(), "meta", "1", "https://www.facebook.com/x/posts/1",
                null, T0);
    }

    private static Optional<RemovalResult> record(RemovalCheck check, Availability.State state, Instant at) {
        return check.record(new Availability(state, "HTTP", 200, null), 3, WINDOW, RETRY, 2, at);
    }

    @Test
    void stillThereIsDecidedAfterTheLastCheckOfTheWindow() {
        RemovalCheck check = check();
        assertTrue(record(check, Availability.State.AVAILABLE, T0).isEmpty());
        assertEquals(T0.plus(Duration.ofHours(12)), check.nextCheckAt());
        assertTrue(record(check, Availability.State.AVAILABLE, T0.plus(Duration.ofHours(12))).isEmpty());
        assertEquals(Optional.of(RemovalResult.STILL_AVAILABLE),
                record(check, Availability.State.AVAILABLE, T0.plus(Duration.ofHours(24))));
        assertEquals(3, check.attempts());
        assertNull(check.nextCheckAt());
    }

    @Test
    void goneAndGeoBlockedDecideAtOnce() {
        assertEquals(Optional.of(RemovalResult.GONE), record(check(), Availability.State.GONE, T0));
        assertEquals(Optional.of(RemovalResult.GEO_BLOCKED), record(check(), Availability.State.GEO_BLOCKED, T0));
    }

    @Test
    void failedChecksAreRetriedThenUnknown() {
        RemovalCheck check = check();
        assertTrue(record(check, Availability.State.ERROR, T0).isEmpty());
        assertEquals(T0.plus(RETRY), check.nextCheckAt());
        assertEquals(Optional.of(RemovalResult.UNKNOWN), record(check, Availability.State.ERROR, T0.plus(RETRY)));
    }

    @Test
    void actionedAgainStartsANewRound() {
        RemovalCheck check = check();
        record(check, Availability.State.GONE, T0);
        check.restart(T0.plus(WINDOW));
        assertEquals(0, check.attempts());
        assertNull(check.result());
        assertEquals(T0.plus(WINDOW), check.nextCheckAt());
    }
}
