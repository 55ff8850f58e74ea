package id.pantau.cases.console;

import id.pantau.commons.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * CSRF tokens for the console's forms, bound to the signed-in Keycloak session: an HMAC of the person and
 * the session id ({@code sid}), which a forging site can neither read nor compute. Every console POST checks
 * it before doing anything.
 * <p>
 * Why not {@code quarkus-rest-csrf}: its filter checks every form-encoded POST of the whole application,
 * including the bearer-token API (a bodiless form POST to {@code /api/v1/cases/{id}/approve} became 400), and
 * it cannot be limited to {@code /console}.
 */
@ApplicationScoped
public class ConsoleCsrf {

    public static final String FIELD = "csrf-token";

    private final SecretKeySpec key;

    public ConsoleCsrf(@ConfigProperty(name = "pantau.console.session-secret") String secret) {
        // A key of its own, derived from the session secret, so a CSRF token says nothing about the cookie keys.
        this.key = new SecretKeySpec(hmac(secret.getBytes(StandardCharsets.UTF_8), "pantau-console-csrf-key"),
                "HmacSHA256");
    }

    /** The token the signed-in person's forms carry. */
    public String token(SecurityIdentity identity) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                hmac(key.getEncoded(), identity.getPrincipal().getName() + "|" + session(identity)));
    }

    /** @throws ProblemException 400 when the form's token is missing or not this session's */
    public void verify(SecurityIdentity identity, String submitted) {
        byte[] expected = token(identity).getBytes(StandardCharsets.US_ASCII);
        if (submitted == null || !MessageDigest.isEqual(expected, submitted.getBytes(StandardCharsets.US_ASCII))) {
            throw ProblemException.badRequest("Missing or wrong CSRF token: reload the page and try again");
        }
    }

    /** Keycloak's session id; the time of sign-in where a provider sends none. Both survive token refreshes. */
    private static String session(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object sid = token.getClaim("sid");
            return sid != null ? sid.toString() : String.valueOf((Object) token.getClaim("auth_time"));
        }
        return "";
    }

    private static byte[] hmac(byte[] keyBytes, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keyBytes, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
