package id.pantau.notification.service;

import id.pantau.commons.problem.ProblemException;
import id.pantau.commons.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Platform scoping: a platform client may only see and change its own registration, whatever the
 * role check on the resource already let through.
 */
@ApplicationScoped
public class Access {

    public static final String ADMIN = "admin";
    public static final String SUPERVISOR = "supervisor";
    public static final String PLATFORM = "platform";

    private final Caller caller;

    public Access(Caller caller) {
        this.caller = caller;
    }

    public void requireRead(String platform) {
        if (caller.hasRole(ADMIN) || caller.hasRole(SUPERVISOR) || speaksFor(platform)) {
            return;
        }
        throw ProblemException.forbidden("You may only read your own platform's registration.");
    }

    public void requireWrite(String platform) {
        if (caller.hasRole(ADMIN) || speaksFor(platform)) {
            return;
        }
        throw ProblemException.forbidden("You may only register your own platform's endpoint.");
    }

    public String actor() {
        return caller.name();
    }

    private boolean speaksFor(String platform) {
        return caller.hasRole(PLATFORM) && caller.platform().map(platform::equals).orElse(false);
    }
}
