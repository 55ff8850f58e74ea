package id.pantau.cases.console;

import id.pantau.cases.domain.CaseLifecycle;
import id.pantau.cases.domain.Command;
import id.pantau.cases.domain.RequiredField;
import id.pantau.cases.domain.TakedownCase;
import id.pantau.cases.domain.Transition;
import java.util.List;
import java.util.Optional;

/**
 * An action the console offers on a case page: a lifecycle command, the form path it posts to and what
 * the lifecycle requires with it. Which ones a person sees comes from the lifecycle table itself; the
 * server checks the role again on every post, so a hidden button is never the only guard.
 */
public record CaseAction(Command command, String path, String labelKey, boolean needsReason, boolean needsLegalBasis) {

    /** The commands a ministry person can give from the console, in page order. */
    static final List<CaseAction> CONSOLE = List.of(
            of(Command.PROPOSE, "propose", "action_propose"),
            of(Command.APPROVE, "approve", "action_approve"),
            of(Command.SEND_BACK, "send-back", "action_send_back"),
            of(Command.DISMISS, "dismiss", "action_dismiss"),
            of(Command.CLARIFY_AND_RESEND, "clarify", "action_clarify"),
            of(Command.WITHDRAW, "withdraw", "action_withdraw"),
            of(Command.RESEND_NOTICE, "resend", "action_resend"),
            of(Command.SEND_WARNING_LETTER, "warning-letter", "action_warning_letter"),
            of(Command.CLOSE, "close", "action_close"),
            of(Command.REOPEN, "reopen", "action_reopen"));

    private static CaseAction of(Command command, String path, String labelKey) {
        Transition row = CaseLifecycle.rowOf(command);
        return new CaseAction(command, path, labelKey, row.required().contains(RequiredField.REASON),
                row.required().contains(RequiredField.LEGAL_BASIS));
    }

    /** What this person may do to this case now: their role and the case's state allow it, and four-eyes. */
    static List<CaseAction> available(TakedownCase target, ConsoleUser user) {
        return CONSOLE.stream().filter(action -> {
            Transition row = CaseLifecycle.rowOf(action.command());
            return user.actor().holdsAnyOf(row.roles())
                    && CaseLifecycle.allows(Optional.of(target.state), action.command())
                    && !(action.command() == Command.APPROVE && user.name().equals(target.proposedBy));
        }).toList();
    }

}
