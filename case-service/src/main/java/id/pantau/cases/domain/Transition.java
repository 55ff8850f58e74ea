package id.pantau.cases.domain;

import java.util.Set;

/**
 * One row of the lifecycle table. An empty {@code from} set marks the creation row: the command is
 * only valid for a case that does not exist yet.
 */
public record Transition(
        Set<CaseState> from,
        Command command,
        CaseState to,
        Set<Role> roles,
        Set<RequiredField> required,
        Set<Guard> guards) {

    public Transition {
        from = Set.copyOf(from);
        roles = Set.copyOf(roles);
        required = Set.copyOf(required);
        guards = Set.copyOf(guards);
    }

    public boolean isCreation() {
        return from.isEmpty();
    }
}
