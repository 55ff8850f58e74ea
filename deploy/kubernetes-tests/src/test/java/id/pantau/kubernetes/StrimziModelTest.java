package id.pantau.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.strimzi.api.kafka.model.common.UnknownPropertyPreserving;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserScramSha512ClientAuthentication;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The Strimzi objects read into Strimzi's own typed model ({@code io.strimzi:api}): an unknown or
 * misspelt field, which the operator would ignore without a word, lands in a model object's
 * additional properties and fails here; a wrong enum value (an ACL operation, a listener type) fails
 * the conversion itself.
 */
class StrimziModelTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyStrimziObjectFitsStrimzisModelWithoutUnknownFields(String overlay) {
        List<HasMetadata> objects = Manifests.overlay(overlay);
        Set<String> unknown = new TreeSet<>();
        int checked = 0;
        for (var entry : Map.of("Kafka", Kafka.class, "KafkaNodePool", KafkaNodePool.class,
                "KafkaTopic", KafkaTopic.class, "KafkaUser", KafkaUser.class).entrySet()) {
            for (HasMetadata object : objectsOfKind(objects, entry.getKey())) {
                Object typed = typed(object, entry.getValue());
                collectUnknown(typed, entry.getKey() + "/" + object.getMetadata().getName(), unknown);
                checked++;
            }
        }
        assertEquals(Set.of(), unknown, overlay + ": fields Strimzi does not know");
        assertFalse(checked < 10, overlay + ": expected the Kafka cluster, its node pools, topics and users, found " + checked);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyServiceUserAuthenticatesWithScramAndHasSimpleAcls(String overlay) {
        for (HasMetadata object : objectsOfKind(Manifests.overlay(overlay), "KafkaUser")) {
            KafkaUser user = typed(object, KafkaUser.class);
            assertInstanceOf(KafkaUserScramSha512ClientAuthentication.class, user.getSpec().getAuthentication(),
                    user.getMetadata().getName());
            var authorization = assertInstanceOf(KafkaUserAuthorizationSimple.class, user.getSpec().getAuthorization(),
                    user.getMetadata().getName());
            for (AclRule rule : authorization.getAcls()) {
                assertFalse(rule.getOperations() == null || rule.getOperations().isEmpty(),
                        user.getMetadata().getName() + ": an ACL without operations");
            }
        }
    }

    private static <T> T typed(HasMetadata object, Class<T> type) {
        return SERIALIZATION.unmarshal(SERIALIZATION.asJson(object), type);
    }

    private static List<HasMetadata> objectsOfKind(List<HasMetadata> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.getKind())).toList();
    }

    /** Walks Strimzi's model objects through their getters and reports every additional property. */
    private static void collectUnknown(Object value, String path, Set<String> unknown) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                collectUnknown(item, path + "[" + i++ + "]", unknown);
            }
            return;
        }
        if (!value.getClass().getName().startsWith("io.strimzi.")) {
            return;
        }
        if (value instanceof UnknownPropertyPreserving preserving && preserving.getAdditionalProperties() != null
                && !preserving.getAdditionalProperties().isEmpty()) {
            unknown.add(path + ": " + preserving.getAdditionalProperties().keySet());
        }
        for (Method getter : value.getClass().getMethods()) {
            if (isModelGetter(getter)) {
                collectUnknown(invoke(getter, value), path + "." + property(getter), unknown);
            }
        }
    }

    private static boolean isModelGetter(Method method) {
        String name = method.getName();
        return method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                && (name.startsWith("get") || name.startsWith("is"))
                && !name.equals("getClass") && !name.equals("getAdditionalProperties");
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return null;
        }
    }

    private static String property(Method getter) {
        String name = getter.getName().replaceFirst("^(get|is)", "");
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
