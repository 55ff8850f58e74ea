package id.pantau.cases.support;

import id.pantau.local.KeycloakTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/** Real access tokens from the test Keycloak, reused for a minute to spare its CPU. */
public final class Tokens {

    private record Cached(String token, Instant fetched) {
    }

    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    public static String user(String username) {
        return cached("user:" + username, () -> KeycloakTokens.forUser(keycloak(), username));
    }

    public static String platform(String clientId) {
        return cached("client:" + clientId, () -> KeycloakTokens.forClient(keycloak(), clientId));
    }

    private static String cached(String key, java.util.function.Supplier<String> fetch) {
        return CACHE.compute(key, (k, old) -> old != null && old.fetched().plus(Duration.ofSeconds(60)).isAfter(Instant.now())
                ? old
                : new Cached(fetch.get(), Instant.now())).token();
    }

    private static String keycloak() {
        return ConfigProvider.getConfig().getValue("pantau.keycloak.url", String.class);
    }
}
