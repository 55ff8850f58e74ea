package id.pantau.cases.rest;

import id.pantau.cases.domain.Evidence;
import java.time.Instant;

/** The evidence a notice cites: what was captured, when, and the digests to check it against. */
public record PlatformEvidenceView(String text, String contentHash, String sha256, Instant capturedAt) {

    static PlatformEvidenceView of(Evidence e) {
        return e == null ? null : new PlatformEvidenceView(e.text, e.contentHash, e.sha256, e.capturedAt);
    }
}
