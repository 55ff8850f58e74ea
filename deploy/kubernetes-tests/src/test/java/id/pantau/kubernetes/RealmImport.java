package id.pantau.kubernetes;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The KeycloakRealmImport of deploy/kubernetes, derived from deploy/keycloak/pantau-realm.json: the same realm
 * without the local demo people (every user that is not a client's service account) and without any client
 * secret (Keycloak generates one per confidential client on import; deploy/README.md tells how to read it),
 * over HTTPS only for outside clients and without the password grant.
 */
final class RealmImport {

    static final ObjectMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_YAML_COMMENTS)
            .enable(SerializationFeature.INDENT_OUTPUT).build();
    static final String HEADER = """
            # GENERATED from deploy/keycloak/pantau-realm.json without the local demo users, client secrets, local-only
            # markers and password grant, with sslRequired=external.
            # Do not edit: regenerate with ./mvnw -B -pl deploy/kubernetes-tests verify -Dpantau.realm.regenerate=true
            """;

    private RealmImport() {
    }

    static Path realmFile() {
        return Manifests.root().resolve("deploy/keycloak/pantau-realm.json");
    }

    static Path importFile() {
        return Manifests.kubernetes().resolve("base/keycloak/realm-import.yaml");
    }

    static ObjectNode stripped(JsonNode realm) {
        ObjectNode copy = realm.deepCopy();
        ArrayNode users = copy.putArray("users");
        realm.path("users").forEach(user -> {
            if (user.hasNonNull("serviceAccountClientId")) {
                users.add(user.deepCopy());
            }
        });
        copy.path("clients").forEach(client -> ((ObjectNode) client).remove("secret"));
        // What only a local run wants: the local-only markers, plain HTTP, and the password grant that the
        // local walk-through and tests use to get people's tokens (the console signs in with the code flow).
        copy.put("displayName", "Pantau");
        copy.put("sslRequired", "external");
        ObjectNode attributes = (ObjectNode) copy.path("attributes");
        attributes.remove("pantau.local-only");
        attributes.remove("pantau.notice");
        copy.path("clients").forEach(client -> {
            if (client.path("directAccessGrantsEnabled").asBoolean(false)) {
                ((ObjectNode) client).put("directAccessGrantsEnabled", false);
            }
            if (client.has("description")) {
                ((ObjectNode) client).put("description",
                        client.path("description").asText().replaceAll("\\s*Secret '[^']*' is LOCAL ONLY\\.", ""));
            }
        });
        return copy;
    }

    static ObjectNode expected() {
        try {
            ObjectNode resource = JSON.createObjectNode();
            resource.put("apiVersion", "k8s.keycloak.org/v2alpha1");
            resource.put("kind", "KeycloakRealmImport");
            resource.putObject("metadata").put("name", "pantau-realm");
            ObjectNode spec = resource.putObject("spec");
            spec.put("keycloakCRName", "pantau-keycloak");
            spec.set("realm", stripped(JSON.readTree(realmFile().toFile())));
            return resource;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode checkedIn() throws IOException {
        return JSON.readTree(Files.readString(importFile()));
    }

    static void write() throws IOException {
        Files.writeString(importFile(), HEADER + JSON.writeValueAsString(expected()) + "\n");
    }
}
