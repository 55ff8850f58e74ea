package id.pantau.notification.domain;

import id.pantau.events.DeliveryStatus;

/**
 * PENDING and RETRYING are due for the worker; DELIVERED is final; FAILED (the platform refused the
 * notice) and DEAD (every attempt of the round failed) wait for a person, who may resend.
 */
public enum DeliveryState {
    PENDING, RETRYING, DELIVERED, FAILED, DEAD;

    public boolean resendable() {
        return this == FAILED || this == DEAD;
    }

    /** What consumers of notice.status see: they only need to know whether someone must act. */
    public DeliveryStatus eventStatus() {
        return switch (this) {
            case DELIVERED -> DeliveryStatus.DELIVERED;
            case FAILED, DEAD -> DeliveryStatus.FAILED;
            case PENDING, RETRYING -> DeliveryStatus.RETRYING;
        };
    }
}
