package id.pantau.events;

/** How a content version reached Pantau. */
public enum ContentSource {
    /** Pushed by a crawler or a platform through the ingestion API (single, batch or stream). */
    PUSH,
    /** Pulled by ingestion-service from a platform search API. */
    CONNECTOR,
    /** A ministry user's URL report; the text is the reporter's note until the content itself is captured. */
    REPORT
}
