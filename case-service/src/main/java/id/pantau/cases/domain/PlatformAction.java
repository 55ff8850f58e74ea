package id.pantau.cases.domain;

/** What a platform reports it did with the content. */
public enum PlatformAction {
    REMOVED, GEO_BLOCKED, ACCOUNT_RESTRICTED
}
