package id.pantau.cases.service;

import id.pantau.cases.domain.TakedownCase;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A creator's account (platform + author id) and its cases: counts per state, {@code history} newest
 * first, and whether it is a repeat offender (at least {@code threshold} cases that were not dismissed).
 */
public record AccountFile(String platform, String authorId, String authorHandle, long cases, long counted,
        Map<String, Long> byState, boolean repeatOffender, int threshold, Instant firstCaseAt, Instant lastCaseAt,
        List<TakedownCase> history) {
}
