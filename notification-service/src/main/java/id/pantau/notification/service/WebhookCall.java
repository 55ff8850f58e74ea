package id.pantau.notification.service;

import id.pantau.notification.domain.DeliveryAttempt;
import id.pantau.notification.domain.RetryPolicy;
import java.util.List;
import java.util.UUID;

/**
 * One claimed attempt, carried out of the claiming transaction: everything the call needs, on the
 * channel the delivery's round is on. For WEBHOOK, url is null when the platform has no usable
 * channel at all; problem then says why. previousSecret is set while a rotated-out secret still
 * signs. policy is the platform's retry policy; fallback the channel to switch to when this round
 * ends (null: none, the delivery becomes DEAD).
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
        List<String> emailTo,
        String previousSecret,
        String language,
        RetryPolicy policy,
        String fallback) {

    public WebhookCall(UUID deliveryId, UUID attemptId, UUID noticeId, String platform, String payload, String url,
            String secret, String problem) {
        this(deliveryId, attemptId, noticeId, platform, payload, url, secret, problem, DeliveryAttempt.WEBHOOK,
                List.of(), null, "id", null, null);
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
