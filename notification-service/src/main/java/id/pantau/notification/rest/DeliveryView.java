package id.pantau.notification.rest;

import id.pantau.notification.domain.Delivery;
import id.pantau.notification.domain.DeliveryAttempt;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record DeliveryView(
        UUID id,
        UUID noticeId,
        UUID caseId,
        String platform,
        String status,
        int attemptCount,
        Instant nextAttemptAt,
        String lastError,
        Instant createdAt,
        Instant updatedAt,
        Instant deliveredAt,
        String resentBy,
        Instant resentAt,
        List<AttemptView> attempts) {

    public static DeliveryView of(Delivery delivery, List<DeliveryAttempt> log) {
        return new DeliveryView(delivery.id, delivery.noticeId, delivery.caseId, delivery.platform,
                delivery.status.name(), delivery.attempts, delivery.nextAttemptAt, delivery.lastError,
                delivery.createdAt, delivery.updatedAt, delivery.deliveredAt, delivery.resentBy, delivery.resentAt,
                log.stream().map(AttemptView::of).toList());
    }
}
