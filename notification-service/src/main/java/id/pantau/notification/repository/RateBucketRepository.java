package id.pantau.notification.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** The token buckets of the platforms' rate limits (table platform_rate_bucket). */
@ApplicationScoped
public class RateBucketRepository {

    // A new platform starts with a full bucket: one second's worth.
    private static final String CREATE = """
            insert into platform_rate_bucket (platform, tokens, refilled_at)
            values (:platform, cast(:rate as double precision), cast(:now as timestamptz))
            on conflict (platform) do nothing""";

    private static final String AVAILABLE = """
            least(cast(:rate as double precision),
                  tokens + greatest(0, extract(epoch from (cast(:now as timestamptz) - refilled_at)))
                           * cast(:rate as double precision))""";

    // Every SET expression reads the row as it was before this update, and under READ COMMITTED a
    // second replica that waited for the row lock re-evaluates them on the row the first one left:
    // refill and take are one atomic step. A clock behind the stored one refills nothing.
    private static final String TAKE = """
            update platform_rate_bucket
            set last_granted = cast(least(floor(%1$s), cast(:wanted as integer)) as integer),
                tokens = %1$s - least(floor(%1$s), cast(:wanted as integer)),
                refilled_at = greatest(refilled_at, cast(:now as timestamptz))
            where platform = :platform
            returning last_granted""".formatted(AVAILABLE);

    /**
     * Takes up to wanted tokens from the platform's bucket (refilled at ratePerSecond up to one
     * second's worth) and returns how many it got. Must run inside a transaction; the row stays
     * locked until it ends, so keep that transaction short.
     */
    public Uni<Integer> take(String platform, int ratePerSecond, int wanted, Instant now) {
        return Panache.getSession().chain(session -> session.createNativeQuery(CREATE)
                        .setParameter("platform", platform)
                        .setParameter("rate", ratePerSecond)
                        .setParameter("now", now)
                        .executeUpdate()
                        .chain(() -> session.createNativeQuery(TAKE, Integer.class)
                                .setParameter("platform", platform)
                                .setParameter("rate", ratePerSecond)
                                .setParameter("wanted", wanted)
                                .setParameter("now", now)
                                .getSingleResult()));
    }
}
