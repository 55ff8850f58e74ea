package id.pantau.cases.service;

import id.pantau.cases.domain.Appeal;
import id.pantau.cases.domain.AuditEntry;
import id.pantau.cases.domain.RemovalVerification;
import id.pantau.cases.domain.Evidence;
import id.pantau.cases.domain.Notice;
import id.pantau.cases.domain.TakedownCase;
import java.util.List;

/** Everything known about one case, read in one session; {@code notice} is the latest one, or null. */
public record CaseFile(TakedownCase takedownCase, List<Evidence> evidence, List<AuditEntry> audit, Notice notice,
        List<RemovalVerification> verifications, List<Appeal> appeals) {
}
