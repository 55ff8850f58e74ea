package id.pantau.cases.rest;

import id.pantau.cases.domain.Actor;
import id.pantau.cases.domain.Role;
import id.pantau.commons.security.Caller;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The verified caller as the lifecycle sees it: a name for the audit trail and lifecycle roles. */
final class Actors {

    private Actors() {
    }

    static Actor of(Caller caller) {
        var roles = Arrays.stream(Role.values())
                .filter(role -> role.realmRole().map(caller::hasRole).orElse(false))
                .collect(Collectors.toSet());
        return new Actor(caller.name(), roles);
    }
}
