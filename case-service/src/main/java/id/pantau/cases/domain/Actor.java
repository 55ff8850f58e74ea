package id.pantau.cases.domain;

import java.util.Objects;
import java.util.Set;

/** Who asks for a transition: the name recorded in the audit trail and the roles they hold. */
public record Actor(String name, Set<Role> roles) {

    public static final Actor SYSTEM = new Actor("system", Set.of(Role.SYSTEM));
    public static final Actor NOTIFICATION_SERVICE = new Actor("notification-service", Set.of(Role.NOTIFICATION));

    public Actor {
        Objects.requireNonNull(name, "name");
        roles = Set.copyOf(roles);
    }

    public boolean holdsAnyOf(Set<Role> allowed) {
        return roles.stream().anyMatch(allowed::contains);
    }
}
