package id.pantau.local;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Real tokens for {@code @QuarkusTest}s from the Keycloak that {@link KeycloakTestResource} put in the
 * configuration ({@code pantau.keycloak.url}), reused for a few minutes to spare Keycloak's CPU
 * (they live fifteen).
 */
public final class TestTokens {

    private static final Duration REUSE = Duration.ofMinutes(4);
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private record Cached(String token, Instant fetched) {
    }

    private TestTokens() {
    }

    /** A demo user of the realm (password grant through ministry-console). */
    public static String user(String username) {
        return cached("user:" + username, () -> KeycloakTokens.forUser(keycloakUrl(), username));
    }

    /** A confidential client of the realm (client credentials): tiktok, meta, youtube, crawler, the services. */
    public static String client(String clientId) {
        return cached("client:" + clientId, () -> KeycloakTokens.forClient(keycloakUrl(), clientId));
    }

    private static String cached(String key, Supplier<String> fetch) {
        return CACHE.compute(key, (k, old) -> old != null && old.fetched().plus(REUSE).isAfter(Instant.now())
                ? old
                : new Cached(fetch.get(), Instant.now())).token();
    }

    private static String keycloakUrl() {
        return ConfigProvider.getConfig().getValue("pantau.keycloak.url", String.class);
    }
}
