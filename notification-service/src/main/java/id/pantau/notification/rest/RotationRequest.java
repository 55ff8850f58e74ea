package id.pantau.notification.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;

/**
 * A new signing secret. overlap (ISO-8601, optional, default pantau.webhook.rotation-overlap, at most
 * 7 days, PT0S ends the old secret at once): how long the old secret keeps signing next to the new one.
 */
public record RotationRequest(@NotNull @Size(min = 16, max = 256) String secret, Duration overlap) {

    @Override
    public String toString() {
        return "RotationRequest[secret=***, overlap=" + overlap + "]";
    }
}
