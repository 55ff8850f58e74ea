package id.pantau.cases.domain;

/** Conditions on the case itself, beyond its state, that a transition must meet. */
public enum Guard {
    /** Four-eyes: whoever proposed the takedown may not approve it. */
    NOT_THE_PROPOSER
}
