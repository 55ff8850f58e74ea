package id.pantau.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
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
    void everyAlertIsExplainedInTheRunbookAndTheCategoriesAreCovered() throws IOException {
        GenericKubernetesResource rule = Manifests.ofKind(Manifests.overlay("prod"), "PrometheusRule").getFirst();
        List<Map<String, Object>> groups = rule.get("spec", "groups");
        String runbook = Files.readString(Manifests.root().resolve("deploy/README.md"));
        StringBuilder expressions = new StringBuilder();
        for (Map<String, Object> group : groups) {
            for (Object item : (List<?>) group.get("rules")) {
                Map<?, ?> alert = (Map<?, ?>) item;
                String name = (String) alert.get("alert");
                assertTrue(runbook.contains(name), "deploy/README.md does not explain " + name);
                assertTrue(Set.of("warning", "critical").contains(((Map<?, ?>) alert.get("labels")).get("severity")), name);
                expressions.append(alert.get("expr")).append('\n');
            }
        }
        for (String signal : List.of("http_server_requests_seconds", "kafka_consumergroup_lag", ".dlq",
                "pantau_notice_deliveries_total", "status=~\"5..\"", "pantau_cases")) {
            assertTrue(expressions.toString().contains(signal), "no alert on " + signal);
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
