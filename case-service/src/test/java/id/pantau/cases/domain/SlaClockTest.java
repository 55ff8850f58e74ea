package id.pantau.cases.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The SLA clock runs from approval, stops while CONTESTED and resumes with the time lost added back. */
class SlaClockTest {

    private static final Instant T0 = Instant.parse("2026-11-29T08:00:00Z");
    private static final Actor PLATFORM = new Actor("service-account-tiktok", Set.of(Role.PLATFORM));
    private static final Actor SUPERVISOR = new Actor("supervisor1", Set.of(Role.SUPERVISOR));

    @Test
    void contestingPausesAndClarifyingResumesWithTheDeadlineMovedByThePause() {
        TakedownCase c = deliveredCase();
        c.apply(Command.REJECT, PLATFORM, TransitionInput.reason("NOT_ILLEGAL"), T0.plus(Duration.ofHours(1)));
        assertEquals(T0.plus(Duration.ofHours(1)), c.slaPausedAt);
        assertEquals(T0.plus(Duration.ofHours(24)), c.slaDeadline, "pausing does not move the deadline yet");

        c.apply(Command.CLARIFY_AND_RESEND, SUPERVISOR, TransitionInput.reason("see Art. 47"), T0.plus(Duration.ofHours(4)));
        assertNull(c.slaPausedAt);
        assertEquals(T0.plus(Duration.ofHours(27)), c.slaDeadline, "three hours waiting on the ministry added back");
        assertEquals(3 * 3600, c.slaPausedSeconds);

        c.apply(Command.NOTICE_DELIVERED, Actor.NOTIFICATION_SERVICE, TransitionInput.NONE, T0.plus(Duration.ofHours(5)));
        c.apply(Command.REQUEST_CLARIFICATION, PLATFORM, TransitionInput.reason("which URL?"), T0.plus(Duration.ofHours(6)));
        c.apply(Command.WITHDRAW, SUPERVISOR, TransitionInput.reason("dropped"), T0.plus(Duration.ofHours(7)));
        assertNull(c.slaPausedAt);
        assertEquals(4 * 3600, c.slaPausedSeconds, "pauses add up");
    }

    @Test
    void otherTransitionsLeaveTheClockAlone() {
        TakedownCase c = deliveredCase();
        c.apply(Command.ACKNOWLEDGE, PLATFORM, TransitionInput.NONE, T0.plus(Duration.ofHours(1)));
        assertEquals(T0.plus(Duration.ofHours(24)), c.slaDeadline);
        assertNull(c.slaPausedAt);
        assertEquals(0, c.slaPausedSeconds);
    }

    private static TakedownCase deliveredCase() {
        TakedownCase c = new TakedownCase();
        c.id = UUID.randomUUID();
        TakedownCase.open(c, Actor.SYSTEM, T0);
        c.apply(Command.PROPOSE, new Actor("analyst1", Set.of(Role.ANALYST)),
                new TransitionInput("reason", "UU 7/2014 Pasal 47 ayat (1)", null), T0);
        c.apply(Command.APPROVE, new Actor("reviewer1", Set.of(Role.REVIEWER)), TransitionInput.NONE, T0);
        c.startSlaClock(T0, Duration.ofHours(24));
        c.apply(Command.NOTICE_DELIVERED, Actor.NOTIFICATION_SERVICE, TransitionInput.NONE, T0);
        return c;
    }
}
