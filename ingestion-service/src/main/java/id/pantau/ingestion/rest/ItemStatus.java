package id.pantau.ingestion.rest;

/** What became of one item of a batch or one line of a stream. */
public enum ItemStatus {
    ACCEPTED,
    DUPLICATE,
    EDITED,
    /** Not stored; {@code problem} says why. */
    REJECTED
}
