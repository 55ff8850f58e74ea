package id.pantau.events;

public enum DeliveryStatus {
    DELIVERED, RETRYING, FAILED
}
