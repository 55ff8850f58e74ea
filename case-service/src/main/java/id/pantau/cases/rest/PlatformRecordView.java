package id.pantau.cases.rest;

import id.pantau.cases.domain.PlatformRecord;
import id.pantau.cases.domain.PlatformWarning;
import id.pantau.cases.domain.WarningLevel;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A platform's SLA standing and the warning letters it earned, in ladder order (first, second, third). */
public record PlatformRecordView(String platform, int slaBreaches, String warningLevel, Instant lastBreachAt,
        UUID lastBreachCaseId, List<Warning> warnings) {

    public record Warning(String level, int breachCount, UUID caseId, Instant issuedAt) {
    }

    static PlatformRecordView of(String platform, PlatformRecord r, List<PlatformWarning> warnings) {
        List<Warning> letters = warnings.stream()
                .map(w -> new Warning(w.level.name(), w.breachCount, w.caseId, w.issuedAt)).toList();
        return r == null
                ? new PlatformRecordView(platform, 0, WarningLevel.NONE.name(), null, null, letters)
                : new PlatformRecordView(r.platform, r.slaBreaches, r.warningLevel.name(), r.lastBreachAt,
                        r.lastBreachCaseId, letters);
    }
}
