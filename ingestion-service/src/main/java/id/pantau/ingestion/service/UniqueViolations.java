package id.pantau.ingestion.service;

import io.vertx.pgclient.PgException;

/** Recognises PostgreSQL's unique_violation (and deadlock) however Hibernate Reactive wrapped it. */
public final class UniqueViolations {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String DEADLOCK_DETECTED = "40P01";

    private UniqueViolations() {
    }

    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())) {
                return true;
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException violation
                    && violation.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * Failures that a second attempt of a multi-row transaction resolves: a concurrent insert of the same
     * new item, or two chunks that locked shared items in opposite orders.
     */
    public static boolean isRetryable(Throwable failure) {
        if (isCause(failure)) {
            return true;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PgException pg && DEADLOCK_DETECTED.equals(pg.getSqlState())) {
                return true;
            }
        }
        return false;
    }
}
