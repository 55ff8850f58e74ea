package id.pantau.notification.domain;

import java.time.Duration;

/**
 * What one webhook call came to: an HTTP status, or an error before any status (timeout,
 * connection refused, no endpoint registered). retryAfter is the platform's Retry-After, if any.
 */
public record AttemptResult(Integer httpStatus, String error, long latencyMs, Duration retryAfter, boolean refused) {

    public AttemptResult(Integer httpStatus, String error, long latencyMs, Duration retryAfter) {
        this(httpStatus, error, latencyMs, retryAfter, false);
    }

    /** Pantau itself refused to make the call (the address policy): a person must look, no retry. */
    public static AttemptResult refusedByPolicy(String reason) {
        return new AttemptResult(null, reason, 0, null, true);
    }

    public static final String NO_ENDPOINT = "no webhook endpoint registered";

    public static AttemptResult response(int httpStatus, long latencyMs, Duration retryAfter) {
        return new AttemptResult(httpStatus, null, latencyMs, retryAfter);
    }

    public static AttemptResult error(String error, long latencyMs) {
        return new AttemptResult(null, error, latencyMs, null);
    }

    /** The mail server accepted the message (SMTP has no HTTP status: neither status nor error). */
    public static AttemptResult mailAccepted(long latencyMs) {
        return new AttemptResult(null, null, latencyMs, null);
    }

    public static AttemptResult noEndpoint() {
        return error(NO_ENDPOINT, 0);
    }

    public boolean delivered() {
        if (httpStatus == null) {
            return error == null;
        }
        return httpStatus >= 200 && httpStatus < 300;
    }

    /** Worth trying again: the platform is busy, down or unreachable, or not set up yet. */
    public boolean retryable() {
        if (refused) {
            return false;
        }
        if (httpStatus == null) {
            return true;
        }
        return httpStatus == 408 || httpStatus == 429 || httpStatus >= 500;
    }

    public String describe() {
        if (httpStatus == null) {
            return error == null ? "accepted by the mail server" : error;
        }
        return "HTTP " + httpStatus + (error == null ? "" : ": " + error);
    }
}
