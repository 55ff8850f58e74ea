package id.pantau.classifier.domain;

/** How a rule contributes to the score. */
public enum RuleKind {
    /** Any of the rule's terms adds the weight. */
    TERMS,
    /** A term adds the weight only when a context word stands within {@code window} words of it. */
    PROXIMITY,
    /**
     * A term of the first of {@code categories} and a term of the second, both matched by other rules, within
     * {@code window} words of each other (anywhere in the post when the window is 0) add the weight.
     */
    COOCCURRENCE,
    /** Any of the rule's terms subtracts the weight: news, enforcement, campaign, denial context. */
    EXCLUSION
}
