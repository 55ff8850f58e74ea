package id.pantau.cases.domain;

/** A transition the lifecycle does not allow; nothing about the case has changed. */
public class TransitionRefused extends RuntimeException {

    public enum Why {
        /** The command is not valid in the case's current state (or for a case that already exists). */
        WRONG_STATE,
        /** The actor holds none of the roles allowed to issue the command. */
        ROLE_NOT_ALLOWED,
        /** A required input (reason, legal basis, platform reference) is missing. */
        MISSING_INPUT,
        /** The four-eyes rule: the proposer cannot approve their own proposal. */
        FOUR_EYES
    }

    private final Why why;

    public TransitionRefused(Why why, String message) {
        super(message);
        this.why = why;
    }

    public Why why() {
        return why;
    }
}
