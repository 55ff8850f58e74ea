package id.pantau.notification.repository;

import id.pantau.notification.domain.Delivery;
import id.pantau.notification.domain.DeliveryState;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<Delivery, UUID> {

    // One statement and one round trip for the whole batch: SKIP LOCKED lets replicas claim disjoint
    // rows without waiting on each other, and the lease (a fresh token per row, the attempt's id) is
    // written by the same statement. The lease check keeps a row claimed by a (possibly dead) worker
    // out of reach until its lease runs out. version moves on as an entity update would move it.
    private static final String LEASE_DUE = """
            update delivery set lease_token = gen_random_uuid(), lease_until = :until, updated_at = :now,
                                version = version + 1
            where id in (select id from delivery
                         where status in ('PENDING', 'RETRYING') and next_attempt_at <= :now
                           and (lease_until is null or lease_until < :now)
                           and platform in (select id from platform where active)
                         order by next_attempt_at
                         limit :limit
                         for update skip locked)
            returning *""";

    // "on conflict do nothing" instead of a lookup first: two consumers racing on the same notice
    // must not abort a transaction (and dead-letter an event) over a duplicate.
    private static final String INSERT_ONCE = """
            insert into delivery (id, notice_id, case_id, platform, payload, status, attempts, attempts_in_round,
                                  next_attempt_at, round_started_at, created_at, updated_at, version)
            values (:id, :noticeId, :caseId, :platform, :payload, 'PENDING', 0, 0, :now, :now, :now, :now, 0)
            on conflict (notice_id) do nothing""";

    /**
     * Leases up to limit due deliveries until the given time and returns them, each with its new
     * lease token. Must run inside a transaction: a caller that does not want one of them (a guard
     * refused it) releases its lease before committing.
     */
    public Uni<List<Delivery>> leaseDue(Instant now, Instant until, int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery(LEASE_DUE, Delivery.class)
                .setParameter("now", now)
                .setParameter("until", until)
                .setParameter("limit", limit)
                .getResultList());
    }

    public Uni<List<Delivery>> findByIds(Collection<UUID> ids) {
        return list("id in ?1", ids);
    }

    /** @return true when the delivery was created, false when the notice already had one */
    public Uni<Boolean> createOnce(UUID noticeId, UUID caseId, String platform, String payload, Instant now) {
        return Panache.getSession().chain(session -> session.createNativeQuery(INSERT_ONCE)
                .setParameter("id", UUID.randomUUID())
                .setParameter("noticeId", noticeId)
                .setParameter("caseId", caseId)
                .setParameter("platform", platform)
                .setParameter("payload", payload)
                .setParameter("now", now)
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    /** Makes a platform's waiting retries due at once; returns how many. */
    public Uni<Integer> retryNow(String platform, Instant now) {
        return update("nextAttemptAt = ?1 where platform = ?2 and status = ?3 and nextAttemptAt > ?1",
                now, platform, DeliveryState.RETRYING);
    }

    public Uni<Delivery> findByNoticeId(UUID noticeId) {
        return find("noticeId", noticeId).firstResult();
    }
}
