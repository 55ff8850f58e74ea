package id.pantau.notification.service;

import id.pantau.notification.domain.DeliveryAttempt;
import java.util.List;
import java.util.UUID;

/**
 * One claimed attempt, carried out of the claiming transaction: everything the call needs, on the
 * platform's preferred channel (WEBHOOK, else EMAIL). For WEBHOOK, url is null when the platform
 * has no usable channel at all; problem then says why.
 */
public record WebhookCall(
        UUID deliveryId,
        UUID attemptId,
        UUID noticeId,
        String platform,
        String payload,
        String url,
        String secret,
        String problem,
        String channel,
        List<String> emailTo) {

    public WebhookCall(UUID deliveryId, UUID attemptId, UUID noticeId, String platform, String payload, String url,
            String secret, String problem) {
        this(deliveryId, attemptId, noticeId, platform, payload, url, secret, problem, DeliveryAttempt.WEBHOOK, List.of());
    }

    public static WebhookCall email(UUID deliveryId, UUID attemptId, UUID noticeId, String platform, String payload,
            List<String> to) {
        return new WebhookCall(deliveryId, attemptId, noticeId, platform, payload, null, null, null,
                DeliveryAttempt.EMAIL, List.copyOf(to));
    }

    public boolean byEmail() {
        return DeliveryAttempt.EMAIL.equals(channel);
    }

    @Override
    public String toString() {
        return "WebhookCall[delivery=" + deliveryId + ", attempt=" + attemptId + ", platform=" + platform
                + ", channel=" + channel + ", url=" + url + "]";
    }
}
