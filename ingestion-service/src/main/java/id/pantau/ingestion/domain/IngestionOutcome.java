package id.pantau.ingestion.domain;

/** What a submission did to the stored content. */
public enum IngestionOutcome {
    /** New content: version 1 stored and announced. */
    ACCEPTED,
    /** Same text as the latest version: nothing stored, nothing announced. */
    DUPLICATE,
    /** Known content with a new text: a new version stored and announced for re-classification. */
    EDITED
}
