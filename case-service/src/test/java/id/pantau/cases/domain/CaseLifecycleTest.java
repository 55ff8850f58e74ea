package id.pantau.cases.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks {@link CaseLifecycle#TABLE} against the lifecycle written out again here, independently, from
 * PRODUCT.md: every (state, command) pair, allowed or not, and every role for every command.
 */
class CaseLifecycleTest {

    private record Expected(Set<CaseState> from, CaseState to, Set<Role> roles, Set<RequiredField> required) {
    }

    private static final Set<CaseState> NONE = Set.of();
    private static final Map<Command, Expected> EXPECTED = Map.ofEntries(
            Map.entry(Command.OPEN_CASE, new Expected(NONE, CaseState.OPEN, Set.of(Role.SYSTEM), Set.of())),
            Map.entry(Command.PROPOSE, new Expected(Set.of(CaseState.OPEN), CaseState.PROPOSED, Set.of(Role.ANALYST),
                    Set.of(RequiredField.LEGAL_BASIS, RequiredField.REASON))),
            Map.entry(Command.DISMISS, new Expected(Set.of(CaseState.OPEN, CaseState.PROPOSED), CaseState.DISMISSED,
                    Set.of(Role.ANALYST, Role.REVIEWER), Set.of(RequiredField.REASON))),
            Map.entry(Command.APPROVE, new Expected(Set.of(CaseState.PROPOSED), CaseState.APPROVED, Set.of(Role.REVIEWER), Set.of())),
            Map.entry(Command.SEND_BACK, new Expected(Set.of(CaseState.PROPOSED), CaseState.OPEN, Set.of(Role.REVIEWER),
                    Set.of(RequiredField.REASON))),
            Map.entry(Command.NOTICE_DELIVERED, new Expected(Set.of(CaseState.APPROVED), CaseState.NOTICE_SENT,
                    Set.of(Role.NOTIFICATION), Set.of())),
            Map.entry(Command.NOTICE_FAILED, new Expected(Set.of(CaseState.APPROVED), CaseState.ESCALATED,
                    Set.of(Role.NOTIFICATION), Set.of(RequiredField.REASON))),
            Map.entry(Command.ACKNOWLEDGE, new Expected(Set.of(CaseState.NOTICE_SENT), CaseState.ACKNOWLEDGED,
                    Set.of(Role.PLATFORM), Set.of())),
            Map.entry(Command.REPORT_ACTION, new Expected(Set.of(CaseState.NOTICE_SENT, CaseState.ACKNOWLEDGED),
                    CaseState.ACTIONED, Set.of(Role.PLATFORM), Set.of(RequiredField.PLATFORM_REFERENCE))),
            Map.entry(Command.REJECT, new Expected(Set.of(CaseState.NOTICE_SENT, CaseState.ACKNOWLEDGED),
                    CaseState.CONTESTED, Set.of(Role.PLATFORM), Set.of(RequiredField.REASON))),
            Map.entry(Command.REQUEST_CLARIFICATION, new Expected(Set.of(CaseState.NOTICE_SENT, CaseState.ACKNOWLEDGED),
                    CaseState.CONTESTED, Set.of(Role.PLATFORM), Set.of(RequiredField.REASON))),
            Map.entry(Command.CLARIFY_AND_RESEND, new Expected(Set.of(CaseState.CONTESTED), CaseState.APPROVED,
                    Set.of(Role.SUPERVISOR), Set.of(RequiredField.REASON))),
            Map.entry(Command.WITHDRAW, new Expected(Set.of(CaseState.CONTESTED), CaseState.CLOSED,
                    Set.of(Role.SUPERVISOR), Set.of(RequiredField.REASON))),
            Map.entry(Command.VERIFY_REMOVED, new Expected(Set.of(CaseState.ACTIONED), CaseState.CLOSED,
                    Set.of(Role.SYSTEM), Set.of())),
            Map.entry(Command.VERIFY_STILL_LIVE, new Expected(Set.of(CaseState.ACTIONED), CaseState.ESCALATED,
                    Set.of(Role.SYSTEM), Set.of())),
            Map.entry(Command.DEADLINE_PASSED, new Expected(
                    Set.of(CaseState.APPROVED, CaseState.NOTICE_SENT, CaseState.ACKNOWLEDGED), CaseState.ESCALATED,
                    Set.of(Role.SYSTEM), Set.of())),
            Map.entry(Command.RESEND_NOTICE, new Expected(Set.of(CaseState.ESCALATED), CaseState.APPROVED,
                    Set.of(Role.SUPERVISOR), Set.of(RequiredField.REASON))),
            Map.entry(Command.SEND_WARNING_LETTER, new Expected(Set.of(CaseState.ESCALATED), CaseState.APPROVED,
                    Set.of(Role.SUPERVISOR), Set.of(RequiredField.REASON))),
            Map.entry(Command.CLOSE, new Expected(Set.of(CaseState.ESCALATED), CaseState.CLOSED,
                    Set.of(Role.SUPERVISOR), Set.of(RequiredField.REASON))),
            Map.entry(Command.REOPEN, new Expected(Set.of(CaseState.CLOSED, CaseState.DISMISSED), CaseState.OPEN,
                    Set.of(Role.SUPERVISOR), Set.of(RequiredField.REASON))));

    private static final TransitionInput COMPLETE = new TransitionInput("a reason", "Permendag 40/2022", "TT-123");

    /** Every (state or "no case yet", command) pair. */
    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (Command command : Command.values()) {
            pairs.add(Arguments.of(Optional.empty(), command));
            for (CaseState state : CaseState.values()) {
                pairs.add(Arguments.of(Optional.of(state), command));
            }
        }
        return pairs.stream();
    }

    static Stream<Arguments> everyRoleForEveryCommand() {
        return Stream.of(Command.values()).flatMap(c -> Stream.of(Role.values()).map(r -> Arguments.of(c, r)));
    }

    @Test
    void everyCommandHasExactlyTheExpectedRow() {
        assertEquals(EnumSet.allOf(Command.class), EXPECTED.keySet(), "the expectations cover every command");
        assertEquals(Command.values().length, CaseLifecycle.TABLE.size(), "one row per command");
        for (Transition row : CaseLifecycle.TABLE) {
            Expected expected = EXPECTED.get(row.command());
            assertEquals(expected.from(), row.from(), row.command() + " from");
            assertEquals(expected.to(), row.to(), row.command() + " to");
            assertEquals(expected.roles(), row.roles(), row.command() + " roles");
            assertEquals(expected.required(), row.required(), row.command() + " required fields");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyPair")
    void eachStateCommandPairIsAllowedOrRefusedAsSpecified(Optional<CaseState> current, Command command) {
        Expected expected = EXPECTED.get(command);
        Actor allowed = actorWith(expected.roles());
        boolean allowedHere = current.map(expected.from()::contains).orElse(expected.from().isEmpty());

        assertEquals(allowedHere, CaseLifecycle.allows(current, command));
        if (allowedHere) {
            Transition row = CaseLifecycle.decide(current, "someone-else", command, allowed, COMPLETE);
            assertEquals(expected.to(), row.to());
        } else {
            var refused = assertThrows(TransitionRefused.class,
                    () -> CaseLifecycle.decide(current, "someone-else", command, allowed, COMPLETE));
            assertEquals(TransitionRefused.Why.WRONG_STATE, refused.why());
        }
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("everyRoleForEveryCommand")
    void onlyTheListedRolesMayIssueACommand(Command command, Role role) {
        Expected expected = EXPECTED.get(command);
        Optional<CaseState> from = expected.from().stream().findFirst();
        Actor actor = new Actor("someone", Set.of(role));
        if (expected.roles().contains(role)) {
            assertEquals(expected.to(), CaseLifecycle.decide(from, null, command, actor, COMPLETE).to());
        } else {
            var refused = assertThrows(TransitionRefused.class,
                    () -> CaseLifecycle.decide(from, null, command, actor, COMPLETE));
            assertEquals(TransitionRefused.Why.ROLE_NOT_ALLOWED, refused.why());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandsWithRequiredFields")
    void eachRequiredFieldIsRequired(Command command, RequiredField field) {
        Expected expected = EXPECTED.get(command);
        Optional<CaseState> from = expected.from().stream().findFirst();
        for (String missing : new String[] {null, "", "   "}) {
            TransitionInput input = without(field, missing);
            var refused = assertThrows(TransitionRefused.class,
                    () -> CaseLifecycle.decide(from, null, command, actorWith(expected.roles()), input));
            assertEquals(TransitionRefused.Why.MISSING_INPUT, refused.why());
        }
    }

    static Stream<Arguments> commandsWithRequiredFields() {
        return EXPECTED.entrySet().stream()
                .flatMap(e -> e.getValue().required().stream().map(f -> Arguments.of(e.getKey(), f)));
    }

    @Test
    void theProposerCannotApproveTheirOwnProposal() {
        Actor analyst2 = new Actor("analyst2", Set.of(Role.ANALYST, Role.REVIEWER));
        var refused = assertThrows(TransitionRefused.class, () -> CaseLifecycle.decide(
                Optional.of(CaseState.PROPOSED), "analyst2", Command.APPROVE, analyst2, TransitionInput.NONE));
        assertEquals(TransitionRefused.Why.FOUR_EYES, refused.why());

        Actor reviewer1 = new Actor("reviewer1", Set.of(Role.REVIEWER));
        assertEquals(CaseState.APPROVED, CaseLifecycle.decide(
                Optional.of(CaseState.PROPOSED), "analyst2", Command.APPROVE, reviewer1, TransitionInput.NONE).to());
    }

    @Test
    void aRefusedTransitionLeavesTheCaseUntouched() {
        TakedownCase c = openCase();
        String head = c.auditHead;
        Actor analyst = new Actor("analyst1", Set.of(Role.ANALYST));
        assertThrows(TransitionRefused.class,
                () -> c.apply(Command.APPROVE, analyst, TransitionInput.NONE, java.time.Instant.now()));
        assertThrows(TransitionRefused.class,
                () -> c.apply(Command.PROPOSE, analyst, TransitionInput.reason("no legal basis"), java.time.Instant.now()));
        assertEquals(CaseState.OPEN, c.state);
        assertEquals(1, c.auditSeq);
        assertEquals(head, c.auditHead);
        assertEquals(null, c.proposedBy);
    }

    @Test
    void applyingATransitionExtendsTheAuditChain() {
        TakedownCase c = openCase();
        Actor analyst = new Actor("analyst1", Set.of(Role.ANALYST));
        AuditRecord first = AuditChain.link(AuditChain.GENESIS, c.id, 1, "system", "OPEN_CASE", null, CaseState.OPEN,
                null, c.createdAt);
        AuditRecord second = c.apply(Command.PROPOSE, analyst,
                new TransitionInput("promotes bale imports", "Permendag 40/2022", null), c.createdAt.plusSeconds(5));
        assertEquals(CaseState.PROPOSED, c.state);
        assertEquals("analyst1", c.proposedBy);
        assertEquals(first.hash(), second.prevHash());
        assertEquals(2, second.seq());
        assertEquals(second.hash(), c.auditHead);
        assertEquals(java.util.OptionalInt.empty(), AuditChain.verify(List.of(first, second)));
    }

    private static TakedownCase openCase() {
        TakedownCase c = new TakedownCase();
        c.id = java.util.UUID.randomUUID();
        TakedownCase.open(c, Actor.SYSTEM, java.time.Instant.parse("2024-03-01T10:00:00Z"));
        return c;
    }

    private static Actor actorWith(Set<Role> roles) {
        return new Actor("actor", roles);
    }

    private static TransitionInput without(RequiredField field, String value) {
        return switch (field) {
            case REASON -> new TransitionInput(value, COMPLETE.legalBasis(), COMPLETE.platformReference());
            case LEGAL_BASIS -> new TransitionInput(COMPLETE.reason(), value, COMPLETE.platformReference());
            case PLATFORM_REFERENCE -> new TransitionInput(COMPLETE.reason(), COMPLETE.legalBasis(), value);
        };
    }
}
