package id.pantau.ingestion.domain;

/** What one re-check of content found, and how it found it. */
public record Availability(State state, String method, Integer httpStatus, String detail) {

    public enum State {
        GONE,
        GEO_BLOCKED,
        AVAILABLE,
        /** The check itself failed; it says nothing about the content. */
        ERROR
    }
}
