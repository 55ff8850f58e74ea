package id.pantau.notification.service;

import id.pantau.notification.domain.Platform;
import id.pantau.notification.repository.RateBucketRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * The rate limit of a platform, shared by all replicas through a token bucket row in PostgreSQL.
 * A claim asks once per platform for all the deliveries it wants to send to it, so the row is
 * locked once per claim, not once per delivery.
 */
@ApplicationScoped
public class PlatformRateLimit {

    /** How long a delivery over the limit waits before it is looked at again. */
    static final Duration POSTPONE_BY = Duration.ofSeconds(1);

    private final RateBucketRepository buckets;

    public PlatformRateLimit(RateBucketRepository buckets) {
        this.buckets = buckets;
    }

    /** How many of the wanted calls the platform may get now; inside the caller's transaction. */
    public Uni<Integer> take(Platform platform, int wanted, Instant now) {
        if (wanted <= 0) {
            return Uni.createFrom().item(0);
        }
        return buckets.take(platform.id, platform.ratePerSecond, wanted, now);
    }

    public EndpointGuards.Postponement postponement(Platform platform, Instant now) {
        return new EndpointGuards.Postponement(now.plus(POSTPONE_BY),
                "rate limit of " + platform.ratePerSecond + "/s reached; not attempted");
    }
}
