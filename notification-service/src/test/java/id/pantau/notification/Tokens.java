package id.pantau.notification;

import id.pantau.local.KeycloakTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;

/** Real tokens from the test Keycloak, reused for a few minutes (they live longer). */
public final class Tokens {

    private static final Duration REUSE = Duration.ofMinutes(4);
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private record Cached(String token, Instant fetched) {
    }

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
        return cached("client:" + clientId, () -> KeycloakTokens.forClient(keycloakUrl(), clientId));
    }

    public static String user(String username) {
        return cached("user:" + username, () -> KeycloakTokens.forUser(keycloakUrl(), username));
    }

    private static String cached(String key, Supplier<String> fetch) {
        Cached hit = CACHE.get(key);
        if (hit == null || hit.fetched().plus(REUSE).isBefore(Instant.now())) {
            hit = new Cached(fetch.get(), Instant.now());
            CACHE.put(key, hit);
        }
        return hit.token();
    }

    private static String keycloakUrl() {
        return ConfigProvider.getConfig().getValue("pantau.keycloak.url", String.class);
    }
}
