package id.pantau.cases.domain;

/** What someone asks a case to do; {@link CaseLifecycle} decides whether it may. */
public enum Command {
    OPEN_CASE,
    PROPOSE,
    DISMISS,
    APPROVE,
    SEND_BACK,
    NOTICE_DELIVERED,
    NOTICE_FAILED,
    ACKNOWLEDGE,
    REPORT_ACTION,
    REJECT,
    REQUEST_CLARIFICATION,
    CLARIFY_AND_RESEND,
    WITHDRAW,
    VERIFY_REMOVED,
    VERIFY_STILL_LIVE,
    DEADLINE_PASSED,
    RESEND_NOTICE,
    SEND_WARNING_LETTER,
    CLOSE,
    REOPEN
}
