package id.pantau.cases.domain;

import java.util.Optional;

/**
 * Who may drive a transition. Human and platform roles come from the token's realm roles; SYSTEM and
 * NOTIFICATION are the service itself and notification-service (through {@code notice.status}).
 */
public enum Role {
    SYSTEM(null),
    ANALYST("analyst"),
    REVIEWER("reviewer"),
    SUPERVISOR("supervisor"),
    PLATFORM("platform"),
    NOTIFICATION(null);

    private final String realmRole;

    Role(String realmRole) {
        this.realmRole = realmRole;
    }

    /** The Keycloak realm role that grants this role, empty for roles no token can carry. */
    public Optional<String> realmRole() {
        return Optional.ofNullable(realmRole);
    }
}
