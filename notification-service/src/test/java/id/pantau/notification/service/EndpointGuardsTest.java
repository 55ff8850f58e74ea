package id.pantau.notification.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.pantau.notification.TestClock;
import id.pantau.notification.domain.AttemptResult;
import id.pantau.notification.domain.Platform;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EndpointGuardsTest {

    private static final String URL = "https://hooks.meta.example/pantau";
    private final TestClock clock = new TestClock();
    private final EndpointGuards guards = new EndpointGuards(3, Duration.ofSeconds(60), Duration.ofMinutes(5), 1, clock);

    private static Platform platform(String id, int rate) {
        Platform platform = new Platform();
        platform.id = id;
        platform.ratePerSecond = rate;
        return platform;
    }

    private final Platform meta = platform("meta", 1000);

    private void call(AttemptResult result) {
        assertTrue(guards.admit(meta, URL).isEmpty(), "admitted");
        guards.record(URL, result);
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

        Optional<EndpointGuards.Postponement> refused = guards.admit(meta, URL);
        assertTrue(refused.isPresent());
        assertEquals(clock.instant().plusSeconds(60).getEpochSecond(), refused.get().until().getEpochSecond());
        assertTrue(refused.get().reason().startsWith("circuit open for https://hooks.meta.example:443"), refused.get().reason());
        assertTrue(guards.admit(meta, "https://hooks.meta.example/other-path").isPresent(), "same endpoint, same breaker");
        assertTrue(guards.admit(meta, "https://other.meta.example/pantau").isEmpty(), "another endpoint is unaffected");

        clock.advance(Duration.ofSeconds(61));
        assertTrue(guards.admit(meta, URL).isEmpty(), "one probe goes through");
        assertEquals(CircuitBreaker.State.HALF_OPEN, guards.state(URL));
        assertTrue(guards.admit(meta, URL).isPresent(), "but only one");
        guards.record(URL, AttemptResult.response(200, 5, null));
        assertEquals(CircuitBreaker.State.CLOSED, guards.state(URL));
        assertTrue(guards.admit(meta, URL).isEmpty());
    }

    @Test
    void aFailedProbeOpensTheCircuitAgain() {
        for (int i = 0; i < 3; i++) {
            call(AttemptResult.response(502, 5, null));
        }
        clock.advance(Duration.ofSeconds(61));
        call(AttemptResult.response(503, 5, null));
        assertEquals(CircuitBreaker.State.OPEN, guards.state(URL));
        assertTrue(guards.admit(meta, URL).isPresent());
    }

    @Test
    void thePlatformsRateLimitPostponesTheRestOfTheSecond() {
        Platform slow = platform("tokopedia", 3);
        for (int i = 0; i < 3; i++) {
            assertTrue(guards.admit(slow, null).isEmpty(), "call " + (i + 1));
        }
        Optional<EndpointGuards.Postponement> fourth = guards.admit(slow, null);
        assertTrue(fourth.isPresent());
        assertTrue(fourth.get().reason().startsWith("rate limit of 3/s"), fourth.get().reason());
        assertTrue(guards.admit(platform("shopee", 3), null).isEmpty(), "another platform has its own limit");
    }

    @Test
    void replicasShareTheRateLimit() {
        EndpointGuards oneOfFour = new EndpointGuards(3, Duration.ofSeconds(60), Duration.ofMinutes(5), 4, clock);
        Platform platform = platform("x", 10); // ceil(10 / 4) = 3 per replica
        for (int i = 0; i < 3; i++) {
            assertTrue(oneOfFour.admit(platform, null).isEmpty());
        }
        assertTrue(oneOfFour.admit(platform, null).isPresent());
    }

    @Test
    void aRateLimitedCallGivesBackTheHalfOpenProbe() {
        Platform once = platform("youtube", 1);
        String url = "https://hooks.youtube.example/h";
        assertTrue(guards.admit(once, url).isEmpty());
        guards.record(url, AttemptResult.response(503, 1, null));
        for (int i = 0; i < 2; i++) {
            guards.record(url, AttemptResult.response(503, 1, null));
        }
        assertEquals(CircuitBreaker.State.OPEN, guards.state(url));
        clock.advance(Duration.ofSeconds(61));
        assertTrue(guards.admit(once, url).isPresent(), "this second's one delivery is used up");
        assertEquals(CircuitBreaker.State.HALF_OPEN, guards.state(url));
        // the probe was released, so the next admitted call can still be it
        assertTrue(guards.admit(platform("youtube-probe", 5), url).isEmpty());
    }
}
