package id.pantau.cases.rest;

import id.pantau.cases.service.AccountFile;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An account file: {@code cases} all its cases, {@code countedCases} those not dismissed (what the
 * repeat-offender threshold compares), {@code history} the newest 200 as queue rows.
 */
public record AccountView(String platform, String authorId, String authorHandle, long cases, long countedCases,
        Map<String, Long> byState, boolean repeatOffender, int repeatOffenderThreshold, Instant firstCaseAt,
        Instant lastCaseAt, List<CaseSummary> history) {

    static AccountView of(AccountFile f) {
        return new AccountView(f.platform(), f.authorId(), f.authorHandle(), f.cases(), f.counted(), f.byState(),
                f.repeatOffender(), f.threshold(), f.firstCaseAt(), f.lastCaseAt(),
                f.history().stream().map(CaseSummary::of).toList());
    }
}
