package id.pantau.events;

import java.time.Instant;
import java.util.UUID;

/** Published by notification-service after each delivery attempt of a notice. */
public record NoticeStatus(
        UUID noticeId,
        UUID caseId,
        String platform,
        DeliveryStatus status,
        int attempt,
        String channel,
        Integer httpStatus,
        String detail,
        Instant occurredAt) {
    public static final String TOPIC = "notice.status";
    public static final String TYPE = "id.pantau.notice.status.v1";
}
