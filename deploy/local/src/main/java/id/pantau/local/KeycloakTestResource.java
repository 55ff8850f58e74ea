package id.pantau.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Keycloak with the {@code pantau} realm for {@code @QuarkusTest}s. If the environment variable (or system
 * property) {@value #URL_ENV} names a running Keycloak, e.g. {@code http://localhost:8180}, that one is used
 * after checking that its pantau realm answers; otherwise one Keycloak per JVM is started on a free port
 * (in-memory database, so a fresh realm) and stopped when the JVM exits. Register it with
 * {@code @QuarkusTestResource(value = KeycloakTestResource.class, restrictToAnnotatedClass = false)}.
 * <p>
 * Returns {@code quarkus.oidc.auth-server-url} ({@code <url>/realms/pantau}) and {@code pantau.keycloak.url}
 * ({@code <url>}, what {@link KeycloakTokens} takes).
 */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    /** Environment variable (or system property) naming an already running Keycloak to reuse. */
    public static final String URL_ENV = "PANTAU_KEYCLOAK_URL";
    /** System property holding the shared Keycloak's base URL. */
    public static final String URL_PROPERTY = "pantau.local.test.keycloak.url";

    @Override
    public Map<String, String> start() {
        String url = sharedUrl();
        return Map.of(
                "quarkus.oidc.auth-server-url", url + "/realms/" + KeycloakServer.REALM,
                "pantau.keycloak.url", url);
    }

    /**
     * The base URL ({@code http://localhost:PORT}) of the Keycloak the tests of this JVM use, starting one if
     * needed. Usable outside Quarkus too.
     */
    public static String sharedUrl() {
        return JvmShared.getOrStart(URL_PROPERTY, KeycloakServer::isReady, () -> {
            String external = System.getenv(URL_ENV);
            if (external == null || external.isBlank()) {
                external = System.getProperty(URL_ENV);
            }
            if (external != null && !external.isBlank()) {
                String url = KeycloakServer.stripSlash(external.trim());
                if (!KeycloakServer.isReady(url)) {
                    throw new IllegalStateException(URL_ENV + "=" + url + " but " + url
                            + "/realms/pantau/.well-known/openid-configuration does not answer 200; "
                            + "start that Keycloak or unset " + URL_ENV);
                }
                return url;
            }
            KeycloakServer server;
            try {
                server = KeycloakServer.start(0, KeycloakServer.Storage.MEMORY);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            JvmShared.onShutdown("keycloak", server::stop);
            return server.baseUrl();
        });
    }

    @Override
    public void stop() {
        // Deliberately empty: Keycloak outlives this test class and stops with the JVM.
    }
}
