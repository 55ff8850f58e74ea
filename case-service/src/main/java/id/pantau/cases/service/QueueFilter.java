package id.pantau.cases.service;

import id.pantau.cases.domain.CaseState;
import java.time.Instant;

/**
 * The review queue's search; every part is optional. {@code authorId} is the account (with
 * {@code platform} when given), {@code text} matches the content text, external id, URL and author,
 * {@code from} (inclusive) and {@code to} (exclusive) bound the creation time.
 */
public record QueueFilter(CaseState state, String platform, String authorId, String ruleId, String text, Instant from,
        Instant to) {
}
