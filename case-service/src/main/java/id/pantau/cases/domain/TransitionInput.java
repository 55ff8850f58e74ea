package id.pantau.cases.domain;

/** The free-text inputs a transition may require; blank counts as missing. */
public record TransitionInput(String reason, String legalBasis, String platformReference) {

    public static final TransitionInput NONE = new TransitionInput(null, null, null);

    public static TransitionInput reason(String reason) {
        return new TransitionInput(reason, null, null);
    }

    public boolean has(RequiredField field) {
        String value = switch (field) {
            case REASON -> reason;
            case LEGAL_BASIS -> legalBasis;
            case PLATFORM_REFERENCE -> platformReference;
        };
        return value != null && !value.isBlank();
    }
}
