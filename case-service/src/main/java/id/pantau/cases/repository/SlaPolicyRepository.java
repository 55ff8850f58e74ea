package id.pantau.cases.repository;

import id.pantau.cases.domain.SlaPolicy;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class SlaPolicyRepository implements PanacheRepositoryBase<SlaPolicy, String> {

    public Uni<List<SlaPolicy>> all() {
        return listAll(Sort.ascending("platform"));
    }

    /** One statement, so two supervisors setting a new platform at once cannot collide on the key. */
    public Uni<Integer> upsert(String platform, long normalSeconds, long urgentSeconds, String by, Instant at) {
        return getSession().chain(session -> session.createNativeQuery("""
                insert into sla_policy (platform, normal_seconds, urgent_seconds, updated_by, updated_at)
                values (:platform, :normal, :urgent, :by, :at)
                on conflict (platform) do update set normal_seconds = excluded.normal_seconds,
                    urgent_seconds = excluded.urgent_seconds, updated_by = excluded.updated_by,
                    updated_at = excluded.updated_at""")
                .setParameter("platform", platform)
                .setParameter("normal", normalSeconds)
                .setParameter("urgent", urgentSeconds)
                .setParameter("by", by)
                .setParameter("at", at)
                .executeUpdate());
    }
}
