package id.pantau.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Configuration the code understands, credentials only by reference. */
class ConfigAndSecretsTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;

    /**
     * Keys that no application.properties names but that the services read all the same: Kafka client
     * settings (Quarkus hands every {@code kafka.*} property, env form included, to each Kafka client)
     * and JVM options. The OpenTelemetry keys are no exception: each service names them in its
     * application.properties, so a misspelt one fails here.
     */
    static final Set<String> WHITELIST = Set.of("KAFKA_SECURITY_PROTOCOL", "KAFKA_SASL_MECHANISM",
            "KAFKA_SASL_JAAS_CONFIG", "KAFKA_SSL_TRUSTSTORE_TYPE", "KAFKA_SSL_TRUSTSTORE_LOCATION", "JAVA_TOOL_OPTIONS");

    /** Secrets that the operator of the cluster creates before the first install (deploy/README.md "Secrets"). */
    static final Set<String> OPERATOR_SECRETS = Set.of("pantau-db-ingestion", "pantau-db-classifier", "pantau-db-cases",
            "pantau-db-notification", "pantau-db-keycloak", "pantau-notification-key", "pantau-backup-s3",
            "pantau-console-session", "pantau-oidc-ingestion-service");

    /** A property holding a credential: its committed value is a local-only default. */
    private static final Pattern CREDENTIAL_PROPERTY = Pattern.compile(".*(password|secret|secret-key)$");
    private static final Pattern ENV_DEFAULT = Pattern.compile("^\\$\\{([A-Z0-9_]+):.*\\}$");
    private static final Pattern PROPERTY_REFERENCE = Pattern.compile("^\\$\\{[a-z0-9.-]+\\}$");

    private static final Pattern SECRET_LIKE = Pattern.compile(".*(PASSWORD|SECRET|JAAS|TOKEN|CREDENTIAL).*");

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyConfigKeyExistsInTheServicesApplicationProperties(String overlay) {
        List<HasMetadata> objects = Manifests.overlay(overlay);
        for (Deployment deployment : Manifests.ofType(objects, Deployment.class)) {
            String service = deployment.getMetadata().getName();
            Set<String> known = ServiceSources.properties(service).keySet().stream()
                    .map(ServiceSources::envName).collect(Collectors.toSet());
            for (String key : environment(objects, deployment).keySet()) {
                assertTrue(known.contains(key) || WHITELIST.contains(key),
                        overlay + "/" + service + ": " + key + " is no property of " + service + "/application.properties");
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void servicesReachTheInfrastructureThroughItsOperatorsServices(String overlay) {
        List<HasMetadata> objects = Manifests.overlay(overlay);
        Map<String, String> roleSecrets = new HashMap<>();
        GenericKubernetesResource cluster = Manifests.ofKind(objects, "Cluster").getFirst();
        List<Map<String, Object>> roles = cluster.get("spec", "managed", "roles");
        roles.forEach(r -> roleSecrets.put((String) r.get("name"), (String) ((Map<?, ?>) r.get("passwordSecret")).get("name")));
        Map<String, String> databaseOwners = Manifests.ofKind(objects, "Database").stream()
                .collect(Collectors.toMap(d -> (String) d.get("spec", "name"), d -> (String) d.get("spec", "owner")));
        for (Deployment deployment : Manifests.ofType(objects, Deployment.class)) {
            String service = deployment.getMetadata().getName();
            Map<String, Object> env = environment(objects, deployment);
            String jdbc = (String) env.get("QUARKUS_DATASOURCE_JDBC_URL");
            assertTrue(jdbc.startsWith("jdbc:postgresql://" + cluster.getMetadata().getName() + "-rw:5432/"), service + ": " + jdbc);
            String database = jdbc.substring(jdbc.lastIndexOf('/') + 1);
            assertEquals("postgresql://pantau-db-rw:5432/" + database, env.get("QUARKUS_DATASOURCE_REACTIVE_URL"), service);
            String owner = databaseOwners.get(database);
            assertNotNull(owner, service + ": no Database " + database);
            String credentials = roleSecrets.get(owner);
            assertEquals(credentials, ((EnvVar) env.get("QUARKUS_DATASOURCE_USERNAME")).getValueFrom().getSecretKeyRef().getName());
            assertEquals(credentials, ((EnvVar) env.get("QUARKUS_DATASOURCE_PASSWORD")).getValueFrom().getSecretKeyRef().getName());
            assertEquals(service, ((EnvVar) env.get("KAFKA_SASL_JAAS_CONFIG")).getValueFrom().getSecretKeyRef().getName(),
                    service + ": the Strimzi KafkaUser Secret");
            assertEquals("pantau-kafka-kafka-bootstrap:9093", env.get("KAFKA_BOOTSTRAP_SERVERS"));
            assertEquals("http://pantau-keycloak-service:8080/realms/pantau", env.get("QUARKUS_OIDC_AUTH_SERVER_URL"));
        }
        assertEquals(Set.copyOf(roleSecrets.keySet()), Set.copyOf(databaseOwners.values()), "every role owns its database");
    }

    /**
     * Every credential a service's application.properties defaults (a local-only value, committed) is
     * replaced in the cluster from a Secret; otherwise the service would run with the value from git.
     */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyCredentialWithACommittedDefaultComesFromASecret(String overlay) {
        List<HasMetadata> objects = Manifests.overlay(overlay);
        int checked = 0;
        for (Deployment deployment : Manifests.ofType(objects, Deployment.class)) {
            String service = deployment.getMetadata().getName();
            Map<String, Object> env = environment(objects, deployment);
            for (Map.Entry<String, String> property : ServiceSources.properties(service).entrySet()) {
                String value = property.getValue().strip();
                if (!CREDENTIAL_PROPERTY.matcher(property.getKey()).matches() || PROPERTY_REFERENCE.matcher(value).matches()) {
                    continue;
                }
                var fromEnv = ENV_DEFAULT.matcher(value);
                String variable = fromEnv.matches() ? fromEnv.group(1) : ServiceSources.envName(property.getKey());
                Object set = env.get(variable);
                assertTrue(set instanceof EnvVar e && e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null,
                        overlay + "/" + service + ": " + property.getKey() + " keeps its committed default; set " + variable
                                + " from a Secret");
                checked++;
            }
        }
        assertTrue(checked >= 7, "expected the four database passwords and the other credentials, checked " + checked);
    }

    @Test
    void prodHoldsNoSecretValueOnlyReferences() {
        List<HasMetadata> objects = Manifests.overlay("prod");
        assertTrue(Manifests.ofType(objects, Secret.class).isEmpty(), "prod renders a Secret");
        for (Deployment deployment : Manifests.ofType(objects, Deployment.class)) {
            for (Container c : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                for (EnvVar e : c.getEnv()) {
                    if (SECRET_LIKE.matcher(e.getName()).matches() || e.getName().endsWith("_KEY")) {
                        assertNotNull(e.getValueFrom(), e.getName() + " must come from a Secret");
                        assertNotNull(e.getValueFrom().getSecretKeyRef(), e.getName() + " must come from a Secret");
                    }
                }
            }
        }
        for (ConfigMap map : Manifests.ofType(objects, ConfigMap.class)) {
            map.getData().keySet().forEach(key ->
                    assertFalse(SECRET_LIKE.matcher(key).matches() || key.endsWith("_KEY"), map.getMetadata().getName() + ": " + key));
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyReferencedSecretIsGeneratedByAnOperatorOrDocumented(String overlay) throws IOException {
        List<HasMetadata> objects = Manifests.overlay(overlay);
        Set<String> generated = new HashSet<>(Set.of("pantau-kafka-cluster-ca-cert"));
        Manifests.ofKind(objects, "KafkaUser").forEach(u -> generated.add(u.getMetadata().getName()));
        String runbook = Files.readString(Manifests.root().resolve("deploy/README.md"));
        for (String name : referencedSecrets(objects)) {
            assertTrue(generated.contains(name) || OPERATOR_SECRETS.contains(name), overlay + ": unknown Secret " + name);
            if (!generated.contains(name)) {
                assertTrue(runbook.contains(name), "deploy/README.md does not tell how to create " + name);
            }
        }
        // The dev overlay generates stand-ins for the operator's Secrets so that it applies to an empty cluster.
        Set<String> rendered = Manifests.ofType(objects, Secret.class).stream()
                .map(s -> s.getMetadata().getName()).collect(Collectors.toSet());
        assertTrue(OPERATOR_SECRETS.containsAll(rendered), overlay + ": unexpected Secrets " + rendered);
    }

    private static Set<String> referencedSecrets(List<HasMetadata> objects) {
        Set<String> names = new HashSet<>();
        for (Deployment deployment : Manifests.ofType(objects, Deployment.class)) {
            var pod = deployment.getSpec().getTemplate().getSpec();
            pod.getContainers().forEach(c -> c.getEnv().stream()
                    .filter(e -> e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null)
                    .forEach(e -> names.add(e.getValueFrom().getSecretKeyRef().getName())));
            pod.getVolumes().stream().filter(v -> v.getSecret() != null).forEach(v -> names.add(v.getSecret().getSecretName()));
        }
        Manifests.ofKind(objects, "Cluster").forEach(c -> {
            List<Map<String, Object>> roles = c.get("spec", "managed", "roles");
            roles.forEach(r -> names.add((String) ((Map<?, ?>) r.get("passwordSecret")).get("name")));
        });
        Manifests.ofKind(objects, "Keycloak").forEach(k -> {
            names.add(k.get("spec", "db", "usernameSecret", "name"));
            names.add(k.get("spec", "db", "passwordSecret", "name"));
        });
        Manifests.ofKind(objects, "ObjectStore").forEach(o -> {
            names.add(o.get("spec", "configuration", "s3Credentials", "accessKeyId", "name"));
            names.add(o.get("spec", "configuration", "s3Credentials", "secretAccessKey", "name"));
        });
        return names;
    }

    /** A container's environment: ConfigMap keys (envFrom) as strings, then env entries as EnvVar. */
    static Map<String, Object> environment(List<HasMetadata> objects, Deployment deployment) {
        Map<String, Object> env = new HashMap<>();
        Container c = deployment.getSpec().getTemplate().getSpec().getContainers().getFirst();
        c.getEnvFrom().forEach(source -> {
            String name = source.getConfigMapRef().getName();
            ConfigMap map = Manifests.ofType(objects, ConfigMap.class).stream()
                    .filter(m -> m.getMetadata().getName().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("missing ConfigMap " + name));
            env.putAll(map.getData());
        });
        c.getEnv().forEach(e -> env.put(e.getName(), e));
        return env;
    }
}
