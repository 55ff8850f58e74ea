package id.pantau.cases.domain;

import static id.pantau.cases.domain.CaseState.ACKNOWLEDGED;
import static id.pantau.cases.domain.CaseState.ACTIONED;
import static id.pantau.cases.domain.CaseState.APPROVED;
import static id.pantau.cases.domain.CaseState.CLOSED;
import static id.pantau.cases.domain.CaseState.CONTESTED;
import static id.pantau.cases.domain.CaseState.DISMISSED;
import static id.pantau.cases.domain.CaseState.ESCALATED;
import static id.pantau.cases.domain.CaseState.NOTICE_SENT;
import static id.pantau.cases.domain.CaseState.OPEN;
import static id.pantau.cases.domain.CaseState.PROPOSED;
import static id.pantau.cases.domain.RequiredField.LEGAL_BASIS;
import static id.pantau.cases.domain.RequiredField.PLATFORM_REFERENCE;
import static id.pantau.cases.domain.RequiredField.REASON;
import static id.pantau.cases.domain.Role.ANALYST;
import static id.pantau.cases.domain.Role.NOTIFICATION;
import static id.pantau.cases.domain.Role.PLATFORM;
import static id.pantau.cases.domain.Role.REVIEWER;
import static id.pantau.cases.domain.Role.SUPERVISOR;
import static id.pantau.cases.domain.Role.SYSTEM;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The case lifecycle as one table (PRODUCT.md, "Case lifecycle"). Anything not in the table is
 * refused. Each command has exactly one row, so a command's target state never depends on where the
 * case is, only whether it may leave from there.
 */
public final class CaseLifecycle {

    /** Where a notice's SLA clock runs; it pauses in CONTESTED while the ministry owes a clarification. */
    private static final Set<CaseState> SLA_CLOCK_RUNNING = Set.of(APPROVED, NOTICE_SENT, ACKNOWLEDGED);

    public static final List<Transition> TABLE = List.of(
            row(Set.of(), Command.OPEN_CASE, OPEN, Set.of(SYSTEM), Set.of()),
            row(Set.of(OPEN), Command.PROPOSE, PROPOSED, Set.of(ANALYST), Set.of(LEGAL_BASIS, REASON)),
            row(Set.of(OPEN, PROPOSED), Command.DISMISS, DISMISSED, Set.of(ANALYST, REVIEWER), Set.of(REASON)),
            new Transition(Set.of(PROPOSED), Command.APPROVE, APPROVED, Set.of(REVIEWER), Set.of(), Set.of(Guard.NOT_THE_PROPOSER)),
            row(Set.of(PROPOSED), Command.SEND_BACK, OPEN, Set.of(REVIEWER), Set.of(REASON)),
            row(Set.of(APPROVED), Command.NOTICE_DELIVERED, NOTICE_SENT, Set.of(NOTIFICATION), Set.of()),
            row(Set.of(APPROVED), Command.NOTICE_FAILED, ESCALATED, Set.of(NOTIFICATION), Set.of(REASON)),
            row(Set.of(NOTICE_SENT), Command.ACKNOWLEDGE, ACKNOWLEDGED, Set.of(PLATFORM), Set.of()),
            row(Set.of(NOTICE_SENT, ACKNOWLEDGED), Command.REPORT_ACTION, ACTIONED, Set.of(PLATFORM), Set.of(PLATFORM_REFERENCE)),
            row(Set.of(NOTICE_SENT, ACKNOWLEDGED), Command.REJECT, CONTESTED, Set.of(PLATFORM), Set.of(REASON)),
            row(Set.of(NOTICE_SENT, ACKNOWLEDGED), Command.REQUEST_CLARIFICATION, CONTESTED, Set.of(PLATFORM), Set.of(REASON)),
            row(Set.of(CONTESTED), Command.CLARIFY_AND_RESEND, APPROVED, Set.of(SUPERVISOR), Set.of(REASON)),
            row(Set.of(CONTESTED), Command.WITHDRAW, CLOSED, Set.of(SUPERVISOR), Set.of(REASON)),
            row(Set.of(ACTIONED), Command.VERIFY_REMOVED, CLOSED, Set.of(SYSTEM), Set.of()),
            row(Set.of(ACTIONED), Command.VERIFY_STILL_LIVE, ESCALATED, Set.of(SYSTEM), Set.of()),
            row(SLA_CLOCK_RUNNING, Command.DEADLINE_PASSED, ESCALATED, Set.of(SYSTEM), Set.of()),
            row(Set.of(ESCALATED), Command.RESEND_NOTICE, APPROVED, Set.of(SUPERVISOR), Set.of(REASON)),
            row(Set.of(ESCALATED), Command.SEND_WARNING_LETTER, APPROVED, Set.of(SUPERVISOR), Set.of(REASON)),
            row(Set.of(ESCALATED), Command.CLOSE, CLOSED, Set.of(SUPERVISOR), Set.of(REASON)),
            row(Set.of(CLOSED, DISMISSED), Command.REOPEN, OPEN, Set.of(SUPERVISOR), Set.of(REASON)));

    private static final Map<Command, Transition> BY_COMMAND = byCommand();

    private CaseLifecycle() {
    }

    /** The table row of a command (every command has exactly one). */
    public static Transition rowOf(Command command) {
        return BY_COMMAND.get(command);
    }

    /** Whether the command may leave this state, whoever asks; {@code current} empty = no case yet. */
    public static boolean allows(Optional<CaseState> current, Command command) {
        Transition row = rowOf(command);
        return current.map(row.from()::contains).orElse(row.isCreation());
    }

    /**
     * Decides a transition or refuses it.
     *
     * @param current  the case's state, empty when the case does not exist yet
     * @param proposer who proposed the takedown, if anyone (for the four-eyes guard)
     * @return the row that applies; its {@code to} is the new state
     * @throws TransitionRefused when the actor, the state, the input or a guard does not allow it
     */
    public static Transition decide(Optional<CaseState> current, String proposer, Command command, Actor actor,
            TransitionInput input) {
        Transition row = rowOf(command);
        if (!actor.holdsAnyOf(row.roles())) {
            throw new TransitionRefused(TransitionRefused.Why.ROLE_NOT_ALLOWED,
                    "%s may not %s a case; allowed: %s".formatted(actor.name(), command, row.roles()));
        }
        if (!allows(current, command)) {
            throw new TransitionRefused(TransitionRefused.Why.WRONG_STATE, current
                    .map(state -> "A case in state %s cannot %s; allowed from %s".formatted(state, command, row.from()))
                    .orElse("There is no case to " + command));
        }
        Set<RequiredField> missing = row.required().stream().filter(f -> !input.has(f)).collect(Collectors.toSet());
        if (!missing.isEmpty()) {
            throw new TransitionRefused(TransitionRefused.Why.MISSING_INPUT, command + " requires " + missing);
        }
        if (row.guards().contains(Guard.NOT_THE_PROPOSER) && actor.name().equals(proposer)) {
            throw new TransitionRefused(TransitionRefused.Why.FOUR_EYES,
                    "Four-eyes rule: %s proposed this takedown and cannot approve it".formatted(proposer));
        }
        return row;
    }

    private static Transition row(Set<CaseState> from, Command command, CaseState to, Set<Role> roles,
            Set<RequiredField> required) {
        return new Transition(from, command, to, roles, required, Set.of());
    }

    private static Map<Command, Transition> byCommand() {
        Map<Command, Transition> rows = new EnumMap<>(Command.class);
        for (Transition row : TABLE) {
            if (rows.put(row.command(), row) != null) {
                throw new IllegalStateException("Two rows for " + row.command());
            }
        }
        for (Command command : Command.values()) {
            if (!rows.containsKey(command)) {
                throw new IllegalStateException("No row for " + command);
            }
        }
        return rows;
    }
}
