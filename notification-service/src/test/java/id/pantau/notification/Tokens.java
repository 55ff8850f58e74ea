package id.pantau.notification;

import id.pantau.local.KeycloakTokens;
import id.pantau.local.TestTokens;

/** The callers these tests use, with real tokens from the test Keycloak. */
public final class Tokens {

    private Tokens() {
    }

    public static String admin() {
        return user(KeycloakTokens.ADMIN);
    }

    public static String supervisor() {
        return user(KeycloakTokens.SUPERVISOR);
    }

    public static String auditor() {
        return user(KeycloakTokens.AUDITOR);
    }

    public static String analyst() {
        return user(KeycloakTokens.ANALYST);
    }

    /** A platform client (tiktok, meta, youtube): role platform, claim platform = client id. */
    public static String platform(String clientId) {
        return TestTokens.client(clientId);
    }

    public static String user(String username) {
        return TestTokens.user(username);
    }
}
