package id.pantau.cases.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.pantau.cases.domain.Actor;
import id.pantau.cases.domain.CaseState;
import id.pantau.cases.domain.Command;
import id.pantau.cases.domain.Role;
import id.pantau.cases.domain.TakedownCase;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseActionTest {

    @Test
    void theLifecycleDecidesWhatEachRoleIsOffered() {
        assertEquals(List.of(Command.PROPOSE, Command.DISMISS), offered(CaseState.OPEN, null, "analyst1", Role.ANALYST));
        assertEquals(List.of(Command.DISMISS), offered(CaseState.PROPOSED, "analyst2", "analyst1", Role.ANALYST));
        assertEquals(List.of(Command.APPROVE, Command.SEND_BACK, Command.DISMISS),
                offered(CaseState.PROPOSED, "analyst1", "reviewer1", Role.REVIEWER));
        assertEquals(List.of(Command.CLARIFY_AND_RESEND, Command.WITHDRAW),
                offered(CaseState.CONTESTED, "analyst1", "supervisor1", Role.SUPERVISOR));
        assertEquals(List.of(Command.RESEND_NOTICE, Command.SEND_WARNING_LETTER, Command.CLOSE),
                offered(CaseState.ESCALATED, "analyst1", "supervisor1", Role.SUPERVISOR));
        assertEquals(List.of(), offered(CaseState.ESCALATED, "analyst1", "analyst2", Role.ANALYST, Role.REVIEWER));
        assertEquals(List.of(Command.REOPEN), offered(CaseState.CLOSED, "analyst1", "supervisor1", Role.SUPERVISOR));
        assertEquals(List.of(Command.REOPEN), offered(CaseState.DISMISSED, null, "supervisor2", Role.SUPERVISOR));
        assertEquals(List.of(), offered(CaseState.OPEN, null, "auditor1", new Role[0]));
    }

    @Test
    void whoProposedIsNotOfferedTheApproval() {
        assertEquals(List.of(Command.SEND_BACK, Command.DISMISS),
                offered(CaseState.PROPOSED, "analyst2", "analyst2", Role.ANALYST, Role.REVIEWER));
    }

    @Test
    void formsAskForWhatTheLifecycleRequires() {
        var propose = CaseAction.CONSOLE.getFirst();
        assertEquals(Command.PROPOSE, propose.command());
        assertEquals(true, propose.needsLegalBasis());
        assertEquals(true, propose.needsReason());
        var approve = CaseAction.CONSOLE.get(1);
        assertEquals(false, approve.needsReason());
    }

    private static List<Command> offered(CaseState state, String proposer, String name, Role... roles) {
        TakedownCase target = new TakedownCase();
        target.state = state;
        target.proposedBy = proposer;
        ConsoleUser user = new ConsoleUser(name, List.of(), new Actor(name, Set.of(roles)));
        return CaseAction.available(target, user).stream().map(CaseAction::command).toList();
    }
}
