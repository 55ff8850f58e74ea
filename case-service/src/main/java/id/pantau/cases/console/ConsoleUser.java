package id.pantau.cases.console;

import id.pantau.cases.domain.Actor;
import id.pantau.cases.domain.Role;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The signed-in person as the pages see them: the audit name and the lifecycle roles they hold. */
public record ConsoleUser(String name, List<String> realmRoles, Actor actor) {

    private static final List<String> MINISTRY_ROLES = List.of("analyst", "reviewer", "supervisor", "auditor");

    public static ConsoleUser of(SecurityIdentity identity) {
        String name = identity.getPrincipal().getName();
        List<String> held = MINISTRY_ROLES.stream().filter(identity::hasRole).toList();
        var roles = Arrays.stream(Role.values())
                .filter(role -> role.realmRole().map(identity::hasRole).orElse(false))
                .collect(Collectors.toSet());
        return new ConsoleUser(name, held, new Actor(name, roles));
    }

    public String rolesText() {
        return String.join(", ", realmRoles);
    }

    public boolean is(String realmRole) {
        return realmRoles.contains(realmRole);
    }
}
