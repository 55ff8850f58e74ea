package id.pantau.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(6));

    @Test
    void doublesFromTheInitialDelayUpToTheCeiling() {
        long[] expectedSeconds = {30, 60, 120, 240, 480, 960, 1920, 3840, 7680, 15360, 21600, 21600};
        for (int attempt = 1; attempt <= expectedSeconds.length; attempt++) {
            assertEquals(Duration.ofSeconds(expectedSeconds[attempt - 1]), backoff.nominal(attempt), "attempt " + attempt);
        }
        assertEquals(Duration.ofHours(6), backoff.nominal(1_000));
        assertEquals(Duration.ofHours(6), backoff.nominal(Integer.MAX_VALUE));
    }

    @Test
    void jitterStaysBetweenHalfAndAllOfTheNominalDelay() {
        Random random = new Random(7);
        for (int attempt = 1; attempt <= 14; attempt++) {
            Duration nominal = backoff.nominal(attempt);
            assertEquals(nominal.dividedBy(2), backoff.delay(attempt, 0.0));
            for (int i = 0; i < 1_000; i++) {
                Duration delay = backoff.delay(attempt, random.nextDouble());
                assertTrue(delay.compareTo(nominal.dividedBy(2)) >= 0, "too short: " + delay);
                assertTrue(delay.compareTo(nominal) <= 0, "too long: " + delay);
            }
            assertTrue(backoff.delay(attempt, Math.nextDown(1.0)).compareTo(nominal) <= 0);
        }
    }

    @Test
    void jitterActuallySpreadsTheDelays() {
        Random random = new Random(11);
        long distinct = IntStream.range(0, 100)
                .mapToObj(i -> backoff.delay(3, random.nextDouble()))
                .distinct().count();
        assertTrue(distinct > 50, "only " + distinct + " distinct delays");
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> backoff.nominal(0));
        assertThrows(IllegalArgumentException.class, () -> backoff.delay(1, 1.0));
    }
}
