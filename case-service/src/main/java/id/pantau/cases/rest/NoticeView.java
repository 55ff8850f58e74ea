package id.pantau.cases.rest;

import id.pantau.cases.domain.Notice;
import java.time.Instant;
import java.util.UUID;

/** The latest notice of a case as the ministry sees it, with its delivery progress. */
public record NoticeView(
        UUID id,
        String requestedAction,
        String priority,
        Instant deadline,
        Instant createdAt,
        String evidenceDigest,
        String responseUrl,
        String deliveryStatus,
        Integer deliveryAttempt,
        Instant deliveredAt,
        Instant acknowledgedAt,
        String actionTaken,
        String platformReference,
        Instant actionedAt,
        String contestCode,
        String kind) {

    static NoticeView of(Notice n) {
        if (n == null) {
            return null;
        }
        return new NoticeView(n.id, n.requestedAction, n.priority.name(), n.deadline, n.createdAt, n.evidenceDigest,
                n.responseUrl, n.deliveryStatus == null ? null : n.deliveryStatus.name(), n.deliveryAttempt,
                n.deliveredAt, n.acknowledgedAt, n.actionTaken == null ? null : n.actionTaken.name(),
                n.platformReference, n.actionedAt, n.contestCode == null ? null : n.contestCode.name(), n.kind);
    }
}
