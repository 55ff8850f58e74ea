package id.pantau.cases.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

final class Timestamps {

    private Timestamps() {
    }

    /**
     * PostgreSQL keeps microseconds: an instant hashed into the audit chain must survive the round trip
     * through the database unchanged, or the chain would not verify after reloading.
     */
    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
