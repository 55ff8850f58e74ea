package id.pantau.ingestion.rest;

/** Realm roles of the {@code pantau} Keycloak realm that this service recognises. */
public final class Roles {
    public static final String ANALYST = "analyst";
    public static final String REVIEWER = "reviewer";
    public static final String SUPERVISOR = "supervisor";
    public static final String AUDITOR = "auditor";
    /** Crawlers and partner systems: push content of any platform. */
    public static final String INGESTOR = "ingestor";
    /** Platform clients: bound to the platform named in their token's {@code platform} claim. */
    public static final String PLATFORM = "platform";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
