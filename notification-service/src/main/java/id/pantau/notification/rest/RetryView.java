package id.pantau.notification.rest;

import id.pantau.notification.domain.RetryPolicy;

/**
 * The retry schedule in force for a platform (its own values, or the service defaults it did not
 * override), as ISO-8601 durations: the same form a PUT of the settings takes.
 */
public record RetryView(String initialDelay, String maxDelay, String maxTotal, int maxAttempts) {

    public static RetryView of(RetryPolicy policy) {
        return new RetryView(policy.backoff().initial().toString(), policy.backoff().max().toString(),
                policy.maxTotal().toString(), policy.maxAttempts());
    }
}
