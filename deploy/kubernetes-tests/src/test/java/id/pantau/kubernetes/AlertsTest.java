package id.pantau.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every alert has its runbook section, and every metric an alert or the dashboard queries is one that
 * something in the cluster really exports: a Pantau meter registered by a service (with the tags and
 * tag values the query filters on), Quarkus' HTTP server metrics, Strimzi's Kafka Exporter or Prometheus'
 * own {@code up}. A renamed meter or tag would otherwise leave an alert that can never fire.
 */
class AlertsTest {

    /** {@code name{matchers}} or {@code name[range]}, or a bare Pantau meter. */
    private static final Pattern METRIC =
            Pattern.compile("\\b([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*(?:\\{([^}]*)\\}|(?=\\[))|\\b(pantau_[a-z0-9_]+)\\b");
    private static final Pattern MATCHER = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)\\s*(=~|!~|!=|=)\\s*\"([^\"]*)\"");
    private static final Pattern BY = Pattern.compile("\\bby\\s*\\(([^)]*)\\)");
    private static final Pattern PLAIN_VALUE = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern SECTION = Pattern.compile("(?m)^### `(Pantau[A-Za-z]+)`\\s*$");

    @Test
    void everyAlertHasARunbookSectionSayingWhatItMeansAndWhatToDo() throws IOException {
        Map<String, String> sections = runbookAlertSections();
        Set<String> alerts = alerts().keySet();
        for (String alert : alerts) {
            String section = sections.get(alert);
            if (section == null) {
                fail("deploy/README.md \"Alerts\" has no section \"### `" + alert + "`\"");
            }
            assertTrue(Pattern.compile("(?m)^\\*\\*Means:\\*\\*\\s+\\S").matcher(section).find(),
                    alert + ": its runbook section lacks a \"**Means:** …\" paragraph");
            assertTrue(Pattern.compile("(?m)^\\*\\*Do:\\*\\*\\s+\\S").matcher(section).find(),
                    alert + ": its runbook section lacks a \"**Do:** …\" paragraph");
        }
        assertEquals(new TreeSet<>(alerts), new TreeSet<>(sections.keySet()),
                "runbook alert sections and PrometheusRule alerts differ (a stale or missing section)");
    }

    @Test
    void everyPantauMetricQueriedIsRegisteredByAServiceWithTheTagsAndValuesQueried() throws IOException {
        List<String> expressions = new ArrayList<>(alerts().values());
        expressions.addAll(dashboardExpressions());
        int pantauMetrics = 0;
        for (String expression : expressions) {
            for (Query query : queries(expression)) {
                if (!query.metric().startsWith("pantau_")) {
                    continue;
                }
                pantauMetrics++;
                MeterSources.MeterSource meter = MeterSources.find(query.metric());
                for (Map.Entry<String, String> matcher : query.matchers().entrySet()) {
                    assertTrue(meter.tags().contains(matcher.getKey()),
                            query.metric() + " has no tag " + matcher.getKey() + " (tags " + meter.tags() + ") in " + expression);
                    for (String value : matcher.getValue().split("\\|")) {
                        if (PLAIN_VALUE.matcher(value).matches()) {
                            assertTrue(meter.canEmit(value), query.metric() + "{" + matcher.getKey() + "=\"" + value
                                    + "\"}: no enum of " + meter.service() + " has that constant");
                        }
                    }
                }
                for (String label : query.groupedBy()) {
                    assertTrue(meter.tags().contains(label),
                            query.metric() + " has no tag " + label + " to group by in " + expression);
                }
            }
        }
        assertTrue(pantauMetrics >= 8, "expected the alerts and the dashboard to query Pantau's meters, found " + pantauMetrics);
    }

    @Test
    void everyOtherMetricQueriedHasItsExporterInTheCluster() throws IOException {
        List<HasMetadata> objects = Manifests.overlay("prod");
        List<String> expressions = new ArrayList<>(alerts().values());
        expressions.addAll(dashboardExpressions());
        Set<String> consumerGroups = new TreeSet<>();
        Manifests.SERVICES.forEach(s -> consumerGroups.addAll(ServiceSources.consumerGroups(s)));
        for (String expression : expressions) {
            for (Query query : queries(expression)) {
                String metric = query.metric();
                if (metric.startsWith("pantau_")) {
                    continue;
                }
                if (metric.startsWith("http_server_requests_seconds_")) {
                    for (String service : Manifests.SERVICES) {
                        assertTrue(ServiceSources.pom(service).contains("<artifactId>quarkus-micrometer-registry-prometheus</artifactId>"),
                                service + " exports no Micrometer HTTP server metrics for " + expression);
                    }
                } else if (metric.startsWith("kafka_")) {
                    assertKafkaExporterIsScraped(objects);
                    String groups = query.matchers().get("consumergroup");
                    if (groups != null) {
                        assertEquals(consumerGroups, new TreeSet<>(List.of(groups.split("\\|"))),
                                "the alert must watch exactly the consumer groups of the services: " + expression);
                    }
                } else if (metric.equals("up")) {
                    String jobs = query.matchers().get("job");
                    for (String service : Manifests.SERVICES) {
                        assertTrue(service.matches(jobs), "up{job=~\"" + jobs + "\"} misses " + service);
                    }
                } else {
                    fail("no exporter known for " + metric + " in " + expression);
                }
            }
        }
    }

    private static void assertKafkaExporterIsScraped(List<HasMetadata> objects) {
        GenericKubernetesResource kafka = Manifests.ofKind(objects, "Kafka").getFirst();
        assertTrue(kafka.get("spec", "kafkaExporter") != null, "kafka_* metrics need the Kafka's spec.kafkaExporter");
        String exporter = kafka.getMetadata().getName() + "-kafka-exporter";
        boolean scraped = Manifests.ofKind(objects, "PodMonitor").stream()
                .anyMatch(m -> exporter.equals(m.get("spec", "selector", "matchLabels", "strimzi.io/name")));
        assertTrue(scraped, "no PodMonitor scrapes " + exporter);
    }

    /** Alert name to expression, from the prod overlay's PrometheusRule. */
    static Map<String, String> alerts() {
        Map<String, String> alerts = new LinkedHashMap<>();
        for (GenericKubernetesResource rule : Manifests.ofKind(Manifests.overlay("prod"), "PrometheusRule")) {
            List<Map<String, Object>> groups = rule.get("spec", "groups");
            for (Map<String, Object> group : groups) {
                for (Object item : (List<?>) group.get("rules")) {
                    Map<?, ?> alert = (Map<?, ?>) item;
                    if (alert.get("alert") != null) {
                        alerts.put((String) alert.get("alert"), String.valueOf(alert.get("expr")));
                    }
                }
            }
        }
        assertFalse(alerts.isEmpty(), "no alert rendered");
        return alerts;
    }

    private static List<String> dashboardExpressions() throws IOException {
        ConfigMap dashboard = Manifests.ofType(Manifests.overlay("prod"), ConfigMap.class).stream()
                .filter(m -> "pantau-grafana-dashboard".equals(m.getMetadata().getName())).findFirst().orElseThrow();
        JsonNode json = RealmImport.JSON.readTree(dashboard.getData().get("pantau-dashboard.json"));
        return json.findValues("expr").stream().map(JsonNode::asText).toList();
    }

    /** The "### `PantauX`" sections of the runbook's "## Alerts" chapter, each up to the next heading. */
    static Map<String, String> runbookAlertSections() throws IOException {
        String runbook = Files.readString(Manifests.root().resolve("deploy/README.md"));
        int start = runbook.indexOf("\n## Alerts");
        assertTrue(start >= 0, "deploy/README.md has no \"## Alerts\" chapter");
        int end = runbook.indexOf("\n## ", start + 1);
        String chapter = runbook.substring(start, end < 0 ? runbook.length() : end);
        Map<String, String> sections = new LinkedHashMap<>();
        Matcher heading = SECTION.matcher(chapter);
        while (heading.find()) {
            int next = chapter.indexOf("\n#", heading.end());
            sections.put(heading.group(1), chapter.substring(heading.end(), next < 0 ? chapter.length() : next));
        }
        return sections;
    }

    /** The metrics an expression reads, with their label matchers and the labels it groups by. */
    static List<Query> queries(String expression) {
        List<String> groupedBy = new ArrayList<>();
        Matcher by = BY.matcher(expression);
        while (by.find()) {
            for (String label : by.group(1).split(",")) {
                groupedBy.add(label.strip());
            }
        }
        List<Query> queries = new ArrayList<>();
        Matcher m = METRIC.matcher(expression.replaceAll("\\bby\\s*\\([^)]*\\)", " "));
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(3);
            Map<String, String> matchers = new LinkedHashMap<>();
            if (m.group(2) != null) {
                Matcher matcher = MATCHER.matcher(m.group(2));
                while (matcher.find()) {
                    matchers.put(matcher.group(1), matcher.group(3));
                }
            }
            queries.add(new Query(name, matchers, groupedBy));
        }
        return queries;
    }

    record Query(String metric, Map<String, String> matchers, List<String> groupedBy) {
    }

    @Test
    void theQueryParserFindsMetricsMatchersAndGrouping() {
        List<Query> queries = queries(
                "sum by (outcome) (rate(pantau_notice_deliveries_total{outcome=~\"failed|retrying\"}[30m])) / max(pantau_cases)");
        assertEquals(List.of("pantau_notice_deliveries_total", "pantau_cases"), queries.stream().map(Query::metric).toList());
        assertEquals(Map.of("outcome", "failed|retrying"), queries.getFirst().matchers());
        assertEquals(List.of("outcome"), queries.getFirst().groupedBy());
        assertEquals(List.of("up"), queries("up{job=~\"(a|b)-service\"} == 0").stream().map(Query::metric).toList());
    }
}
