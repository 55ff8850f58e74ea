package id.pantau.events;

/** What a re-check of actioned content found. */
public enum RemovalResult {
    /** The platform no longer serves the content. */
    GONE,
    /** Still served to viewers in Indonesia after every re-check in the window. */
    STILL_AVAILABLE,
    /** Served elsewhere but withheld in Indonesia: the geo-block the notice may have asked for. */
    GEO_BLOCKED,
    /** The check itself failed (platform unreachable, quota exhausted); nobody should act on it. */
    UNKNOWN
}
