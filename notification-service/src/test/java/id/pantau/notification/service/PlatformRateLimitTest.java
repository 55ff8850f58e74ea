package id.pantau.notification.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.pantau.commons.vertx.SafeContexts;
import id.pantau.notification.domain.Platform;
import id.pantau.notification.repository.RateBucketRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The rate limit as two replicas see it: two limiter instances, each taking tokens in its own
 * transaction at the same moment, together never get more than the platform's rate (a full second's
 * worth at first, then what the elapsed time refilled).
 */
@QuarkusTest
class PlatformRateLimitTest {

    private final PlatformRateLimit replicaA = new PlatformRateLimit(new RateBucketRepository());
    private final PlatformRateLimit replicaB = new PlatformRateLimit(new RateBucketRepository());

    private static Platform platform(int ratePerSecond) {
        Platform platform = new Platform();
        platform.id = "rate-" + UUID.randomUUID().toString().substring(0, 8); // a bucket of its own
        platform.ratePerSecond = ratePerSecond;
        return platform;
    }

    @Inject
    Vertx vertx;

    /** Both replicas ask for wanted calls at once, each in its own transaction; returns what each got. */
    private List<Integer> bothTake(Platform platform, int wanted, Instant now) {
        return Uni.join().all(
                        onOwnContext(() -> Panache.withTransaction(() -> replicaA.take(platform, wanted, now))),
                        onOwnContext(() -> Panache.withTransaction(() -> replicaB.take(platform, wanted, now))))
                .andFailFast()
                .await().atMost(Duration.ofSeconds(30));
    }

    /** Its own Vert.x context, hence its own session and connection, as another replica would have. */
    private <T> Uni<T> onOwnContext(Supplier<Uni<T>> work) {
        return SafeContexts.run(vertx, work);
    }

    @Test
    void twoReplicasTogetherKeepToThePlatformsRate() {
        Platform platform = platform(10);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        List<Integer> got;
        got = bothTake(platform, 8, start);
        assertEquals(10, got.get(0) + got.get(1), "a full bucket holds one second's worth: " + got);
        got = bothTake(platform, 8, start);
        assertEquals(0, got.get(0) + got.get(1), "empty until time passes: " + got);
        got = bothTake(platform, 8, start.plus(Duration.ofMillis(500)));
        assertEquals(5, got.get(0) + got.get(1), "half a second refills half the rate: " + got);
        got = bothTake(platform, 8, start.plus(Duration.ofSeconds(60)));
        assertEquals(10, got.get(0) + got.get(1), "an idle minute still holds one second's worth: " + got);
        got = bothTake(platform, 3, start.plus(Duration.ofSeconds(62)));
        assertEquals(List.of(3, 3), got, "under the rate both get all they ask for");
    }

    @Test
    void aClockBehindTheBucketRefillsNothing() {
        Platform platform = platform(4);
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        List<Integer> got;
        got = bothTake(platform, 4, now);
        assertEquals(4, got.get(0) + got.get(1));
        got = bothTake(platform, 4, now.minus(Duration.ofSeconds(5)));
        assertEquals(0, got.get(0) + got.get(1), "a replica whose clock lags adds no tokens: " + got);
    }
}
