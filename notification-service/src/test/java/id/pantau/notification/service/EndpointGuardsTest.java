package id.pantau.notification.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.pantau.local.MovableClock;
import id.pantau.notification.domain.AttemptResult;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EndpointGuardsTest {

    private static final String URL = "https://hooks.meta.example/pantau";
    private final MovableClock clock = new MovableClock();
    private final EndpointGuards guards = new EndpointGuards(3, Duration.ofSeconds(60), Duration.ofMinutes(5), clock);

    private void call(AttemptResult result) {
        call(URL, result);
    }

    @Test
    void opensAfterConsecutiveFailuresOnlyAndProbesOnceAfterTheOpenPeriod() {
        call(AttemptResult.response(503, 5, null));
        call(AttemptResult.response(503, 5, null));
        call(AttemptResult.response(410, 5, null)); // the platform answered: the endpoint is up
        call(AttemptResult.error("timeout", 10_000));
        call(AttemptResult.response(500, 5, null));
        assertEquals(CircuitBreaker.State.CLOSED, guards.state(URL), "two in a row since the refusal");
        call(AttemptResult.error("Connection refused", 1));
        assertEquals(CircuitBreaker.State.OPEN, guards.state(URL));

        Optional<EndpointGuards.Postponement> refused = guards.admit(URL);
        assertTrue(refused.isPresent());
        assertEquals(clock.instant().plusSeconds(60).getEpochSecond(), refused.get().until().getEpochSecond());
        assertTrue(refused.get().reason().startsWith("circuit open for https://hooks.meta.example:443"), refused.get().reason());
        assertTrue(guards.admit("https://hooks.meta.example/other-path").isPresent(), "same endpoint, same breaker");
        assertTrue(guards.admit("https://other.meta.example/pantau").isEmpty(), "another endpoint is unaffected");

        clock.advance(Duration.ofSeconds(61));
        assertTrue(guards.admit(URL).isEmpty(), "one probe goes through");
        assertEquals(CircuitBreaker.State.HALF_OPEN, guards.state(URL));
        assertTrue(guards.admit(URL).isPresent(), "but only one");
        guards.record(URL, AttemptResult.response(200, 5, null));
        assertEquals(CircuitBreaker.State.CLOSED, guards.state(URL));
        assertTrue(guards.admit(URL).isEmpty());
    }

    @Test
    void aFailedProbeOpensTheCircuitAgain() {
        for (int i = 0; i < 3; i++) {
            call(AttemptResult.response(502, 5, null));
        }
        clock.advance(Duration.ofSeconds(61));
        call(AttemptResult.response(503, 5, null));
        assertEquals(CircuitBreaker.State.OPEN, guards.state(URL));
        assertTrue(guards.admit(URL).isPresent());
    }

    @Test
    void aReleasedPermissionLeavesTheHalfOpenProbeForTheNextCall() {
        String url = "https://hooks.youtube.example/h";
        for (int i = 0; i < 3; i++) {
            call(url, AttemptResult.response(503, 1, null));
        }
        assertEquals(CircuitBreaker.State.OPEN, guards.state(url));
        clock.advance(Duration.ofSeconds(61));
        assertTrue(guards.admit(url).isEmpty(), "the probe");
        assertTrue(guards.admit(url).isPresent(), "only one probe at a time");
        guards.release(url); // the rate limit refused the probe's delivery
        assertEquals(CircuitBreaker.State.HALF_OPEN, guards.state(url));
        assertTrue(guards.admit(url).isEmpty(), "the next delivery can be the probe");
    }

    @Test
    void aDeliveryWithoutWebhookPassesTheBreaker() {
        assertTrue(guards.admit(null).isEmpty());
    }

    private void call(String url, AttemptResult result) {
        assertTrue(guards.admit(url).isEmpty(), "admitted");
        guards.record(url, result);
    }
}
