package id.pantau.ingestion.service.connector;

/** Why a platform request failed, as far as it decides what the run does next. */
public class ConnectorFailure extends RuntimeException {

    public enum Kind {
        /** 429 or a per-minute limit: retried with back-off, then the run pauses. */
        RATE_LIMITED,
        /** The daily quota is spent: the run stops until the platform's quota day turns. */
        QUOTA_EXHAUSTED,
        /** The access token was refused: fetched anew and the request retried once. */
        UNAUTHORIZED,
        /** A page that is not of the documented shape: the run stops at it and tries it again next time. */
        MALFORMED,
        /** Anything else (5xx, connection refused, timeout). */
        FAILED
    }

    private final Kind kind;

    public ConnectorFailure(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static boolean is(Throwable failure, Kind kind) {
        ConnectorFailure found = in(failure);
        return found != null && found.kind == kind;
    }

    /** The connector failure in a cause chain (retries wrap it), or null. */
    public static ConnectorFailure in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectorFailure f) {
                return f;
            }
        }
        return null;
    }
}
