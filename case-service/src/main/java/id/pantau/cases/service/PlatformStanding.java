package id.pantau.cases.service;

import id.pantau.cases.domain.PlatformRecord;
import id.pantau.cases.domain.PlatformWarning;
import id.pantau.cases.repository.PlatformRecordRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads platforms' SLA records; {@link WarningLadder} writes them. */
@ApplicationScoped
public class PlatformStanding {

    /** {@code record} is null for a platform that never missed a deadline. */
    public record Standing(String platform, PlatformRecord record, List<PlatformWarning> warnings) {
    }

    private final PlatformRecordRepository records;

    public PlatformStanding(PlatformRecordRepository records) {
        this.records = records;
    }

    public Uni<List<PlatformRecord>> all() {
        return Panache.withSession(records::all);
    }

    public Uni<Standing> of(String platform) {
        return Panache.withSession(() -> records.findById(platform)
                .chain(found -> records.warningsOf(platform).map(warnings -> new Standing(platform, found, warnings))));
    }
}
