package id.pantau.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Prometheus scrapes every service, alerts cover the runbook's cases, and the dashboard shows the business metrics. */
class ObservabilityTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyServiceIsScrapedOnQuarkusMetrics(String overlay) {
        List<HasMetadata> objects = Manifests.overlay(overlay);
        Map<String, GenericKubernetesResource> monitors = Manifests.ofKind(objects, "ServiceMonitor").stream()
                .collect(Collectors.toMap(m -> m.getMetadata().getName(), m -> m));
        for (String service : Manifests.SERVICES) {
            List<Map<String, Object>> endpoints = monitors.get(service).get("spec", "endpoints");
            assertEquals("/q/metrics", endpoints.getFirst().get("path"), service);
            assertEquals("http", endpoints.getFirst().get("port"), service);
        }
    }

    @Test
    void theAlertsCoverSlaBreachesLagDeadLettersDeliveryFailuresAndErrorRates() {
        GenericKubernetesResource rule = Manifests.ofKind(Manifests.overlay("prod"), "PrometheusRule").getFirst();
        List<Map<String, Object>> groups = rule.get("spec", "groups");
        StringBuilder expressions = new StringBuilder();
        for (Map<String, Object> group : groups) {
            for (Object item : (List<?>) group.get("rules")) {
                Map<?, ?> alert = (Map<?, ?>) item;
                String name = (String) alert.get("alert");
                assertTrue(Set.of("warning", "critical").contains(((Map<?, ?>) alert.get("labels")).get("severity")), name);
                expressions.append(alert.get("expr")).append('\n');
            }
        }
        for (String signal : List.of("http_server_requests_seconds", "pantau_sla_breaches_total", "kafka_consumergroup_lag",
                ".dlq", "pantau_notice_deliveries_total", "status=~\"5..\"", "pantau_cases")) {
            assertTrue(expressions.toString().contains(signal), "no alert on " + signal);
        }
    }

    /** Fixed when the image is built: a ConfigMap value for them would be ignored (Quarkus only warns). */
    static final Set<String> BUILD_TIME_OTEL_KEYS = Set.of("QUARKUS_OTEL_ENABLED", "QUARKUS_OTEL_TRACES_ENABLED",
            "QUARKUS_OTEL_TRACES_SAMPLER", "QUARKUS_OTEL_PROPAGATORS", "QUARKUS_OTEL_TRACES_EXPORTER");

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyServiceExportsTracesToTheCollectorItsNetworkPolicyLetsItReach(String overlay) {
        List<HasMetadata> objects = Manifests.overlay(overlay);
        for (Deployment deployment : Manifests.ofType(objects, Deployment.class)) {
            String service = deployment.getMetadata().getName();
            assertTrue(ServiceSources.pom(service).contains("<artifactId>quarkus-opentelemetry</artifactId>"), service);
            // Off where no collector runs (local runs, tests), on in the cluster.
            assertEquals("true", ServiceSources.properties(service).get("quarkus.otel.sdk.disabled"), service);
            Map<String, Object> env = ConfigAndSecretsTest.environment(objects, deployment);
            assertEquals("false", env.get("QUARKUS_OTEL_SDK_DISABLED"), service);
            assertEquals(service, env.get("QUARKUS_OTEL_SERVICE_NAME"), service);
            env.keySet().forEach(key -> assertFalse(BUILD_TIME_OTEL_KEYS.contains(key),
                    service + ": " + key + " is fixed at build time; set it in application.properties"));
            URI collector = URI.create((String) env.get("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT"));
            String namespace = collector.getHost().substring(collector.getHost().indexOf('.') + 1);
            NetworkPolicy policy = Manifests.ofType(objects, NetworkPolicy.class).stream()
                    .filter(p -> p.getMetadata().getName().equals(service)).findFirst().orElseThrow();
            boolean reachable = policy.getSpec().getEgress().stream().anyMatch(rule ->
                    rule.getPorts().stream().anyMatch(p -> p.getPort().getIntVal() == collector.getPort())
                            && rule.getTo().stream().anyMatch(peer -> peer.getNamespaceSelector() != null
                            && namespace.equals(peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name"))));
            assertTrue(reachable, overlay + "/" + service + ": egress to " + collector + " not allowed");
        }
    }

    @Test
    void theDashboardShowsTheBusinessMetrics() throws IOException {
        ConfigMap dashboard = Manifests.ofType(Manifests.overlay("prod"), ConfigMap.class).stream()
                .filter(m -> "pantau-grafana-dashboard".equals(m.getMetadata().getName())).findFirst().orElseThrow();
        assertEquals("1", dashboard.getMetadata().getLabels().get("grafana_dashboard"));
        JsonNode json = RealmImport.JSON.readTree(dashboard.getData().get("pantau-dashboard.json"));
        String queries = json.findValues("expr").stream().map(JsonNode::asText).collect(Collectors.joining("\n"));
        for (String metric : List.of("pantau_content_ingested_total", "pantau_verdicts_total", "pantau_cases",
                "pantau_notice_deliveries_total")) {
            assertTrue(queries.contains(metric), "dashboard lacks " + metric);
        }
    }

    @Test
    void prodBacksUpThePostgresClusterEveryDay() {
        List<HasMetadata> objects = Manifests.overlay("prod");
        GenericKubernetesResource backup = Manifests.ofKind(objects, "ScheduledBackup").getFirst();
        assertEquals("pantau-db", backup.get("spec", "cluster", "name"));
        List<Map<String, Object>> plugins = Manifests.ofKind(objects, "Cluster").getFirst().get("spec", "plugins");
        assertTrue(plugins.stream().anyMatch(p -> Boolean.TRUE.equals(p.get("isWALArchiver"))), "WAL archiving");
        assertEquals(1, Manifests.ofKind(objects, "ObjectStore").size());
    }
}
