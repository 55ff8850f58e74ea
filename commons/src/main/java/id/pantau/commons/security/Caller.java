package id.pantau.commons.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, as the verified token says: the audit trail's actor and the platform scope. */
@RequestScoped
public class Caller {

    public static final String PLATFORM_CLAIM = "platform";

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The platform a platform client speaks for; empty for ministry users and partner systems. */
    public Optional<String> platform() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            return Optional.ofNullable(token.<Object>getClaim(PLATFORM_CLAIM)).map(Object::toString);
        }
        return Optional.empty();
    }
}
