package id.pantau.cases.service;

import id.pantau.cases.config.CaseConfig;
import id.pantau.cases.domain.PlatformWarning;
import id.pantau.cases.domain.WarningLevel;
import id.pantau.cases.repository.PlatformRecordRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Counts a platform's SLA breaches and issues the next warning letter when a threshold is reached. */
@ApplicationScoped
public class WarningLadder {

    private static final Logger LOG = Logger.getLogger(WarningLadder.class);

    private final PlatformRecordRepository records;
    private final CaseConfig config;

    public WarningLadder(PlatformRecordRepository records, CaseConfig config) {
        this.records = records;
        this.config = config;
    }

    /** Runs in the escalation's transaction, so a rolled-back escalation counts no breach. */
    Uni<Void> breach(String platform, UUID caseId, Instant at) {
        return records.countBreach(platform, caseId, at).chain(row -> {
            int breaches = ((Number) row[0]).intValue();
            WarningLevel before = WarningLevel.valueOf(row[1].toString());
            WarningLevel reached = WarningLevel.after(breaches, config.escalation().warningLadder());
            if (reached.compareTo(before) <= 0) {
                return Uni.createFrom().voidItem();
            }
            LOG.warnf("Platform %s reached the %s warning after %d SLA breaches", platform, reached, breaches);
            PlatformWarning warning = new PlatformWarning();
            warning.id = UUID.randomUUID();
            warning.platform = platform;
            warning.level = reached;
            warning.breachCount = breaches;
            warning.caseId = caseId;
            warning.issuedAt = at;
            return records.stepTo(platform, reached).chain(() -> records.issue(warning));
        });
    }
}
