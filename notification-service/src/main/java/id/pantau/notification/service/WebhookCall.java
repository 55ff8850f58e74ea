package id.pantau.notification.service;

import java.util.UUID;

/**
 * One claimed attempt, carried out of the claiming transaction: everything the HTTP call needs.
 * url is null when the platform has no usable endpoint; problem then says why.
 */
public record WebhookCall(
        UUID deliveryId,
        UUID attemptId,
        UUID noticeId,
        String platform,
        String payload,
        String url,
        String secret,
        String problem) {

    @Override
    public String toString() {
        return "WebhookCall[delivery=" + deliveryId + ", attempt=" + attemptId + ", platform=" + platform + ", url=" + url + "]";
    }
}
