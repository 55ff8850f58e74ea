package id.pantau.cases.support;

import id.pantau.local.TestTokens;

/** The callers these tests use, with real tokens from the test Keycloak. */
public final class Tokens {

    private Tokens() {
    }

    public static String user(String username) {
        return TestTokens.user(username);
    }

    public static String platform(String clientId) {
        return TestTokens.client(clientId);
    }
}
