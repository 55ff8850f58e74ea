package id.pantau.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The checked-in KeycloakRealmImport is the local realm minus its demo users and secrets, nothing else. */
class RealmImportTest {

    @BeforeAll
    static void regenerateWhenAsked() throws IOException {
        if (Boolean.getBoolean("pantau.realm.regenerate")) {
            RealmImport.write();
        }
    }

    @Test
    void theImportIsTheRealmWithoutDemoUsersAndSecrets() throws IOException {
        assertEquals(RealmImport.expected(), RealmImport.checkedIn(),
                "realm-import.yaml is stale: regenerate with -Dpantau.realm.regenerate=true");
    }

    @Test
    void theImportHasNoPasswordNoSecretAndKeepsTheServiceAccounts() throws IOException {
        JsonNode realm = RealmImport.checkedIn().path("spec").path("realm");
        List<String> found = new ArrayList<>();
        realm.path("clients").forEach(c -> {
            if (c.has("secret")) {
                found.add(c.path("clientId").asText());
            }
        });
        realm.path("users").forEach(u -> {
            assertTrue(u.hasNonNull("serviceAccountClientId"), "demo user left: " + u.path("username"));
            assertFalse(u.has("credentials"), "credentials left: " + u.path("username"));
        });
        assertEquals(List.of(), found, "clients with a secret");
        assertTrue(realm.path("users").size() > 0, "service accounts keep their realm roles");
        assertEquals("pantau", realm.path("realm").asText());
    }

    @Test
    void theImportRequiresTlsFromOutsideAndOffersNoPasswordGrant() throws IOException {
        JsonNode realm = RealmImport.checkedIn().path("spec").path("realm");
        assertEquals("external", realm.path("sslRequired").asText());
        assertFalse(realm.toString().contains("LOCAL ONLY") || realm.path("attributes").has("pantau.local-only"),
                "local-only markers left in the cluster's realm");
        realm.path("clients").forEach(c -> assertFalse(c.path("directAccessGrantsEnabled").asBoolean(false),
                c.path("clientId").asText() + " offers the password grant"));
    }

    @Test
    void bothOverlaysImportTheRealmIntoTheirKeycloak() {
        for (String overlay : Manifests.OVERLAYS) {
            GenericKubernetesResource imported = Manifests.ofKind(Manifests.overlay(overlay), "KeycloakRealmImport").getFirst();
            String keycloak = Manifests.ofKind(Manifests.overlay(overlay), "Keycloak").getFirst().getMetadata().getName();
            assertEquals(keycloak, imported.get("spec", "keycloakCRName"), overlay);
            Map<String, Object> realm = imported.get("spec", "realm");
            assertEquals("pantau", realm.get("realm"), overlay);
        }
    }
}
