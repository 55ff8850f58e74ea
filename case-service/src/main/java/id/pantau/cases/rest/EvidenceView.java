package id.pantau.cases.rest;

import com.fasterxml.jackson.annotation.JsonRawValue;
import id.pantau.cases.domain.Evidence;
import java.time.Instant;

/** One evidence version; {@code snapshot} is the exact canonical JSON that {@code sha256} covers. */
public record EvidenceView(
        int version,
        int contentVersion,
        String sha256,
        String contentHash,
        Instant capturedAt,
        Instant createdAt,
        @JsonRawValue String snapshot) {

    static EvidenceView of(Evidence e) {
        return new EvidenceView(e.evidenceVersion, e.contentVersion, e.sha256, e.contentHash, e.capturedAt,
                e.createdAt, e.snapshot);
    }
}
