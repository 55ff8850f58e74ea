package id.pantau.cases.rest;

import id.pantau.cases.domain.TakedownCase;
import java.time.Instant;
import java.util.UUID;

/** A row of the case queue. */
public record CaseSummary(
        UUID id,
        UUID contentId,
        String state,
        String priority,
        String verdict,
        double score,
        String platform,
        String externalId,
        String url,
        Instant createdAt,
        Instant updatedAt,
        String authorId,
        long reach,
        boolean repeatOffender) {

    static CaseSummary of(TakedownCase c) {
        return new CaseSummary(c.id, c.contentId, c.state.name(), c.priority.name(), c.verdict.name(), c.score, c.platform,
                c.externalId, c.url, c.createdAt, c.updatedAt, c.authorId, c.reach, c.repeatOffender);
    }
}
