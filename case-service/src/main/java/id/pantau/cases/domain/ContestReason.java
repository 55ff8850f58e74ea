package id.pantau.cases.domain;

/** Why a platform contests a notice. Only a lack of information asks the ministry for a clarification. */
public enum ContestReason {
    NOT_ILLEGAL,
    INSUFFICIENT_INFORMATION,
    CONTENT_NOT_FOUND,
    ALREADY_REMOVED,
    OTHER;

    public Command command() {
        return this == INSUFFICIENT_INFORMATION ? Command.REQUEST_CLARIFICATION : Command.REJECT;
    }
}
