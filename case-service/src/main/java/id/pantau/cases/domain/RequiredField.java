package id.pantau.cases.domain;

/** Inputs a transition cannot happen without. */
public enum RequiredField {
    REASON, LEGAL_BASIS, PLATFORM_REFERENCE
}
