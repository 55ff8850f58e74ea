package id.pantau.classifier.domain;

/** How a rule contributes to the score. */
public enum RuleKind {
    /** Any of the rule's terms adds the weight. */
    TERMS,
    /** A term adds the weight only when a context word stands within {@code window} words of it. */
    PROXIMITY,
    /** Any of the rule's terms subtracts the weight: news, enforcement and campaign context. */
    EXCLUSION
}
