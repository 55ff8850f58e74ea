package id.pantau.ingestion;

import id.pantau.local.KeycloakTokens;
import id.pantau.local.TestTokens;

/** The callers these tests use, with real tokens from the test Keycloak. */
public final class Tokens {

    private Tokens() {
    }

    /** The crawler client: role ingestor. */
    public static String crawler() {
        return client(KeycloakTokens.CRAWLER);
    }

    /** A platform client (tiktok, meta, youtube): role platform, claim platform. */
    public static String client(String clientId) {
        return TestTokens.client(clientId);
    }

    public static String user(String username) {
        return TestTokens.user(username);
    }
}
