package id.pantau.ingestion.domain;

/** How a content version reached Pantau. */
public enum ContentSource {
    /** {@code POST /api/v1/content}, batch or stream. */
    PUSH,
    /** A scheduled pull from a platform search API. */
    CONNECTOR,
    /** A ministry user's URL report; the text is the reporter's note until the content is captured. */
    REPORT
}
