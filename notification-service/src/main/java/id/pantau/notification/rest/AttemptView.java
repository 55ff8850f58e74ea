package id.pantau.notification.rest;

import id.pantau.notification.domain.DeliveryAttempt;
import java.time.Instant;
import java.util.UUID;

/** One line of the delivery log; eventId is the Pantau-Event-Id header the platform received. */
public record AttemptView(int attempt, UUID eventId, Instant attemptedAt, String channel, Integer httpStatus,
        long latencyMs, String outcome, String error) {

    public static AttemptView of(DeliveryAttempt attempt) {
        return new AttemptView(attempt.attemptNo, attempt.id, attempt.attemptedAt, attempt.channel, attempt.httpStatus,
                attempt.latencyMs, attempt.outcome.name(), attempt.error);
    }
}
