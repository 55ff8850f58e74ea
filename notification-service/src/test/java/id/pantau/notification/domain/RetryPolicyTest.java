package id.pantau.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private final RetryPolicy policy = new RetryPolicy(new Backoff(Duration.ofSeconds(30), Duration.ofHours(6)), 12, Duration.ofHours(24));

    @ParameterizedTest
    @ValueSource(ints = {200, 201, 202, 204, 299})
    void anyTwoHundredIsDelivered(int status) {
        var decision = policy.decide(AttemptResult.response(status, 5, null), 1, NOW, NOW, 0.5);
        assertEquals(DeliveryState.DELIVERED, decision.state());
        assertNull(decision.nextAttemptAt());
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 500, 502, 503, 504})
    void busyOrBrokenPlatformsAreRetriedWithBackoff(int status) {
        var decision = policy.decide(AttemptResult.response(status, 5, null), 2, NOW, NOW, 0.0);
        assertEquals(DeliveryState.RETRYING, decision.state());
        assertEquals(NOW.plusSeconds(30), decision.nextAttemptAt()); // half of 60 s with zero jitter
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 400, 401, 403, 404, 410, 422})
    void otherAnswersNeedAPerson(int status) {
        var decision = policy.decide(AttemptResult.response(status, 5, null), 1, NOW, NOW, 0.5);
        assertEquals(DeliveryState.FAILED, decision.state());
        assertNull(decision.nextAttemptAt());
        assertTrue(decision.detail().contains(String.valueOf(status)));
    }

    @Test
    void transportErrorsAndMissingEndpointsAreRetried() {
        assertEquals(DeliveryState.RETRYING, policy.decide(AttemptResult.error("timeout", 10_000), 1, NOW, NOW, 0.1).state());
        var missing = policy.decide(AttemptResult.noEndpoint(), 1, NOW, NOW, 0.1);
        assertEquals(DeliveryState.RETRYING, missing.state());
        assertEquals("no webhook endpoint registered", missing.detail());
    }

    @Test
    void theLastAttemptOfARoundGivesUp() {
        var decision = policy.decide(AttemptResult.response(503, 5, null), 12, NOW, NOW, 0.5);
        assertEquals(DeliveryState.DEAD, decision.state());
        assertNull(decision.nextAttemptAt());
        assertTrue(decision.detail().startsWith("gave up after 12 attempts"));
        assertEquals(DeliveryState.DELIVERED, policy.decide(AttemptResult.response(200, 5, null), 12, NOW, NOW, 0.5).state());
    }

    @Test
    void retryAfterIsHonouredUpToTheCeiling() {
        var longer = policy.decide(AttemptResult.response(429, 5, Duration.ofMinutes(10)), 1, NOW, NOW, 0.5);
        assertEquals(NOW.plus(Duration.ofMinutes(10)), longer.nextAttemptAt());
        var absurd = policy.decide(AttemptResult.response(429, 5, Duration.ofDays(3)), 1, NOW, NOW, 0.5);
        assertEquals(NOW.plus(Duration.ofHours(6)), absurd.nextAttemptAt());
        var shorter = policy.decide(AttemptResult.response(429, 5, Duration.ofSeconds(1)), 1, NOW, NOW, 0.0);
        assertEquals(NOW.plusSeconds(15), shorter.nextAttemptAt());
    }

    @Test
    void aRoundNeverRunsPastItsMaxTotal() {
        Instant started = NOW.minus(Duration.ofHours(23));
        // attempt 3: the nominal wait is 2 minutes, still inside the 24 h
        assertEquals(DeliveryState.RETRYING, policy.decide(AttemptResult.response(503, 5, null), 3, started, NOW, 0.5).state());
        // attempt 9: up to 2 h 8 min, past the 24 h since the round began
        var late = policy.decide(AttemptResult.response(503, 5, null), 9, started, NOW, 0.5);
        assertEquals(DeliveryState.DEAD, late.state());
        assertTrue(late.detail().startsWith("gave up after 9 attempts"), late.detail());
    }

    @Test
    void theDefaultScheduleFitsInADay() {
        // 30 s doubling to 6 h, at most 12 attempts: even with the longest jitter the round stays under 24 h.
        Instant at = NOW;
        for (int attempt = 1; attempt < 12; attempt++) {
            var decision = policy.decide(AttemptResult.response(503, 5, null), attempt, NOW, at, Math.nextDown(1.0));
            assertEquals(DeliveryState.RETRYING, decision.state(), "attempt " + attempt);
            at = decision.nextAttemptAt();
        }
        assertTrue(Duration.between(NOW, at).compareTo(Duration.ofHours(24)) <= 0, Duration.between(NOW, at).toString());
    }

    @Test
    void refusesAMaxTotalShorterThanTheFirstDelay() {
        assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(new Backoff(Duration.ofMinutes(1), Duration.ofHours(1)), 3, Duration.ofSeconds(5)));
    }
}
