package id.pantau.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Strimzi resources agree with the code: every topic it uses exists, and each user may do exactly what its service does. */
class KafkaPolicyTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyTopicTheCodeUsesHasAKafkaTopicAndEveryKafkaTopicIsUsed(String overlay) {
        Set<String> declared = topics(Manifests.overlay(overlay)).keySet();
        assertEquals(ServiceSources.topicsInCode(), declared, overlay);
    }

    @Test
    void theCodeUsesTheTopicsTheLocalBrokerCreates() {
        // Guards the parser above: if it found nothing, the equality would pass on two empty sets.
        assertTrue(ServiceSources.topicsInCode().containsAll(Set.of("content.ingested", "content.classified",
                "case.events", "notice.requested", "notice.status", "content.ingested.classifier-service.dlq",
                "notice.requested.notification-service.dlq")), ServiceSources.topicsInCode().toString());
    }

    @Test
    void prodTopicsAreReplicatedThreeTimesWithTwoInSync() {
        topics(Manifests.overlay("prod")).forEach((name, topic) -> {
            assertEquals(3, ((Number) topic.get("spec", "replicas")).intValue(), name);
            assertEquals(2, ((Number) topic.get("spec", "config", "min.insync.replicas")).intValue(), name);
            assertNotNull(topic.get("spec", "config", "retention.ms"), name + ": retention");
            assertTrue(((Number) topic.get("spec", "partitions")).intValue() >= 3, name + ": partitions");
        });
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theClusterIsKraftWithNodePoolsAndScramOverTls(String overlay) {
        List<HasMetadata> objects = Manifests.overlay(overlay);
        GenericKubernetesResource kafka = Manifests.ofKind(objects, "Kafka").getFirst();
        assertEquals("enabled", kafka.getMetadata().getAnnotations().get("strimzi.io/kraft"));
        assertEquals("enabled", kafka.getMetadata().getAnnotations().get("strimzi.io/node-pools"));
        List<Map<String, Object>> listeners = kafka.get("spec", "kafka", "listeners");
        assertTrue(listeners.stream().allMatch(l -> Boolean.TRUE.equals(l.get("tls"))
                && "scram-sha-512".equals(((Map<?, ?>) l.get("authentication")).get("type"))), overlay + ": listeners");
        Set<Object> roles = Manifests.ofKind(objects, "KafkaNodePool").stream()
                .flatMap(p -> ((List<?>) p.get("spec", "roles")).stream()).collect(Collectors.toSet());
        assertEquals(Set.of("controller", "broker"), roles);
        if (overlay.equals("prod")) {
            Manifests.ofKind(objects, "KafkaNodePool").forEach(p ->
                    assertTrue(((Number) p.get("spec", "replicas")).intValue() >= 3, p.getMetadata().getName()));
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void eachServiceUserMayUseExactlyItsTopicsAndGroup(String overlay) {
        Map<String, GenericKubernetesResource> users = Manifests.ofKind(Manifests.overlay(overlay), "KafkaUser")
                .stream().collect(Collectors.toMap(u -> u.getMetadata().getName(), u -> u));
        assertEquals(Set.copyOf(Manifests.SERVICES), users.keySet(), overlay + ": one KafkaUser per service");
        for (String service : Manifests.SERVICES) {
            GenericKubernetesResource user = users.get(service);
            assertEquals("scram-sha-512", user.get("spec", "authentication", "type"), service);
            List<Map<String, Object>> acls = user.get("spec", "authorization", "acls");
            Set<String> expectedWrites = new TreeSet<>(ServiceSources.outboxTopics(service));
            expectedWrites.addAll(ServiceSources.deadLetterTopics(service));
            assertEquals(expectedWrites, granted(acls, "topic", "Write"), service + ": write topics");
            assertEquals(ServiceSources.incomingTopics(service), granted(acls, "topic", "Read"), service + ": read topics");
            assertEquals(ServiceSources.consumerGroups(service), granted(acls, "group", "Read"), service + ": groups");
            Set<String> every = acls.stream().map(a -> (String) ((Map<?, ?>) a.get("resource")).get("type"))
                    .collect(Collectors.toSet());
            assertTrue(Set.of("topic", "group").containsAll(every), service + ": only topic and group ACLs, got " + every);
        }
    }

    private static Set<String> granted(List<Map<String, Object>> acls, String type, String operation) {
        return acls.stream().filter(a -> type.equals(((Map<?, ?>) a.get("resource")).get("type")))
                .filter(a -> ((List<?>) a.get("operations")).contains(operation))
                .map(a -> (String) ((Map<?, ?>) a.get("resource")).get("name"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, GenericKubernetesResource> topics(List<HasMetadata> objects) {
        return Manifests.ofKind(objects, "KafkaTopic").stream()
                .collect(Collectors.toMap(t -> (String) t.get("spec", "topicName"), t -> t));
    }
}
