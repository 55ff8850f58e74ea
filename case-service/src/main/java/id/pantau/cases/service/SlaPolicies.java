package id.pantau.cases.service;

import id.pantau.cases.config.CaseConfig;
import id.pantau.cases.domain.Priority;
import id.pantau.cases.domain.SlaPolicy;
import id.pantau.cases.repository.SlaPolicyRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Response deadlines per platform and priority; a platform nobody configured gets the defaults. */
@ApplicationScoped
public class SlaPolicies {

    /** A platform's deadlines and whether a supervisor set them ({@code policy} null: the defaults). */
    public record Effective(String platform, Duration normal, Duration urgent, SlaPolicy policy) {
    }

    private final SlaPolicyRepository policies;
    private final CaseConfig config;
    private final Clock clock;

    public SlaPolicies(SlaPolicyRepository policies, CaseConfig config, Clock clock) {
        this.policies = policies;
        this.config = config;
        this.clock = clock;
    }

    public Uni<List<SlaPolicy>> configured() {
        return Panache.withSession(policies::all);
    }

    public Uni<Effective> of(String platform) {
        return Panache.withSession(() -> effective(platform));
    }

    public Uni<Effective> set(String platform, Duration normal, Duration urgent, String supervisor) {
        return Panache.withTransaction(() -> policies.upsert(platform, normal.toSeconds(), urgent.toSeconds(),
                        supervisor, Timestamps.now(clock)))
                .chain(() -> of(platform));
    }

    /** In the current session: how long the platform has for a notice of this priority. */
    Uni<Duration> deadlineFor(String platform, Priority priority) {
        return effective(platform).map(e -> priority == Priority.URGENT ? e.urgent() : e.normal());
    }

    private Uni<Effective> effective(String platform) {
        return policies.findById(platform).map(found -> found == null
                ? new Effective(platform, config.deadline().normal(), config.deadline().urgent(), null)
                : new Effective(platform, found.deadlineFor(Priority.NORMAL), found.deadlineFor(Priority.URGENT), found));
    }
}
