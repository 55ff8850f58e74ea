package id.pantau.classifier.domain;

/** A version's life: edited as a draft, then in force (one at a time), then kept for the record and rollback. */
public enum RuleSetStatus {
    DRAFT,
    ACTIVE,
    INACTIVE
}
