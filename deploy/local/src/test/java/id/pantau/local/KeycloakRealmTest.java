package id.pantau.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The realm as the services see it, against a real Keycloak: the one named by PANTAU_KEYCLOAK_URL,
 * or one started for this JVM.
 */
class KeycloakRealmTest {

    static String base;

    @BeforeAll
    static void keycloak() {
        Map<String, String> config = new KeycloakTestResource().start();
        base = config.get("pantau.keycloak.url");
        assertEquals(base + "/realms/pantau", config.get("quarkus.oidc.auth-server-url"));
    }

    @Test
    void analystPasswordTokenHasRoleAndEveryServiceAudience() {
        JsonNode claims = KeycloakTokens.claims(KeycloakTokens.password(base, "analyst1", "analyst1"));
        assertEquals(Set.of("analyst"), realmRoles(claims));
        assertTrue(audience(claims).containsAll(KeycloakTokens.SERVICES), claims.toString());
        assertEquals(base + "/realms/pantau", claims.get("iss").asText());
        assertEquals("ministry-console", claims.get("azp").asText());
        assertEquals("analyst1", claims.get("preferred_username").asText());
    }

    @Test
    void everyDemoUserLogsInWithItsRoles() {
        Map<String, Set<String>> expected = Map.of(
                "analyst1", Set.of("analyst"),
                "analyst2", Set.of("analyst", "reviewer"),
                "reviewer1", Set.of("reviewer"),
                "supervisor1", Set.of("supervisor", "analyst", "reviewer"),
                "supervisor2", Set.of("supervisor"),
                "auditor1", Set.of("auditor"),
                "admin1", Set.of("admin"));
        assertEquals(Set.copyOf(KeycloakTokens.USERS), expected.keySet());
        expected.forEach((user, roles) -> {
            JsonNode claims = KeycloakTokens.claims(KeycloakTokens.forUser(base, user));
            assertEquals(roles, realmRoles(claims), user);
            assertTrue(audience(claims).containsAll(KeycloakTokens.SERVICES), user);
        });
    }

    @Test
    void platformClientsCarryPlatformClaimAndRole() {
        for (String platform : KeycloakTokens.PLATFORMS) {
            JsonNode claims = KeycloakTokens.claims(KeycloakTokens.clientCredentials(base, platform, platform + "-local-secret"));
            assertEquals(platform, claims.get("platform").asText(), claims.toString());
            assertTrue(realmRoles(claims).contains("platform"), claims.toString());
            assertFalse(realmRoles(claims).contains("ingestor"));
            assertTrue(audience(claims).containsAll(KeycloakTokens.SERVICES), claims.toString());
        }
    }

    @Test
    void crawlerIsIngestor() {
        JsonNode claims = KeycloakTokens.claims(KeycloakTokens.forClient(base, "crawler"));
        assertTrue(realmRoles(claims).contains("ingestor"), claims.toString());
        assertFalse(claims.has("platform"));
        assertTrue(audience(claims).containsAll(KeycloakTokens.SERVICES));
    }

    @Test
    void serviceClientsGetTokensForEachOther() {
        for (String service : KeycloakTokens.SERVICES) {
            JsonNode claims = KeycloakTokens.claims(KeycloakTokens.forClient(base, service));
            assertEquals(service, claims.get("azp").asText());
            assertTrue(audience(claims).containsAll(KeycloakTokens.SERVICES), claims.toString());
            // ingestion-service's connectors read the active rule set's seed keywords as an ingestor
            Set<String> expected = service.equals("ingestion-service") ? Set.of("ingestor") : Set.of();
            assertEquals(expected, Set.copyOf(realmRoles(claims)), claims.toString());
        }
    }

    @Test
    void wrongCredentialsAreRefused() {
        var wrongPassword = assertThrows(KeycloakTokens.TokenRequestException.class,
                () -> KeycloakTokens.password(base, "analyst1", "not-the-password"));
        assertEquals(401, wrongPassword.status());
        assertTrue(wrongPassword.body().contains("invalid_grant"), wrongPassword.body());

        var wrongSecret = assertThrows(KeycloakTokens.TokenRequestException.class,
                () -> KeycloakTokens.clientCredentials(base, "tiktok", "meta-local-secret"));
        assertEquals(401, wrongSecret.status());

    }

    @Test
    void confidentialClientsHaveNoDirectGrant() throws Exception {
        String form = "grant_type=password&client_id=tiktok&client_secret=tiktok-local-secret"
                + "&username=analyst1&password=analyst1";
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(KeycloakTokens.tokenEndpoint(base)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("unauthorized_client"), response.body());
    }

    static Set<String> realmRoles(JsonNode claims) {
        Set<String> roles = new HashSet<>();
        JsonNode access = claims.path("realm_access").path("roles");
        access.forEach(r -> roles.add(r.asText()));
        return roles;
    }

    static List<String> audience(JsonNode claims) {
        JsonNode aud = claims.path("aud");
        if (aud.isTextual()) {
            return List.of(aud.asText());
        }
        List<String> out = new java.util.ArrayList<>();
        aud.forEach(a -> out.add(a.asText()));
        return out;
    }
}
