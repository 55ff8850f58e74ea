package id.pantau.events;

import java.time.Instant;
import java.util.UUID;

/** Published by case-service on every lifecycle transition of a case; fromState is null on creation. */
public record CaseStateChanged(
        UUID caseId,
        UUID contentId,
        String platform,
        String externalId,
        String fromState,
        String toState,
        String actor,
        String reason,
        Instant occurredAt) {
    public static final String TOPIC = "case.events";
    public static final String TYPE = "id.pantau.case.state-changed.v1";
}
