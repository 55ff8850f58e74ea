package id.pantau.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every Pantau workload runs hardened, probed, bounded and reachable only the way it needs. */
class WorkloadPolicyTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyServiceHasItsFullSetOfObjects(String overlay) {
        List<HasMetadata> objects = Manifests.overlay(overlay);
        for (String service : Manifests.SERVICES) {
            for (String kind : List.of("Deployment", "Service", "ConfigMap", "ServiceAccount",
                    "HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy", "ServiceMonitor")) {
                String name = kind.equals("ConfigMap") ? service + "-config" : service;
                assertTrue(objects.stream().anyMatch(o -> kind.equals(o.getKind())
                        && name.equals(o.getMetadata().getName())), overlay + ": no " + kind + " " + name);
            }
        }
        assertEquals(Set.copyOf(Manifests.SERVICES), Manifests.ofType(objects, Deployment.class).stream()
                .map(d -> d.getMetadata().getName()).collect(Collectors.toSet()), overlay + ": Deployments");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyContainerIsProbedBoundedAndHardened(String overlay) {
        for (Deployment deployment : Manifests.ofType(Manifests.overlay(overlay), Deployment.class)) {
            String where = overlay + "/" + deployment.getMetadata().getName();
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            PodSecurityContext podSecurity = pod.getSecurityContext();
            assertNotNull(podSecurity, where + ": pod securityContext");
            assertEquals("RuntimeDefault", podSecurity.getSeccompProfile().getType(), where + ": seccomp");
            assertFalse(Boolean.TRUE.equals(pod.getAutomountServiceAccountToken()), where + ": SA token mounted");
            assertNotNull(pod.getAffinity().getPodAntiAffinity(), where + ": pod anti-affinity");
            List<Container> containers = pod.getContainers();
            assertFalse(containers.isEmpty(), where);
            for (Container c : containers) {
                String at = where + "/" + c.getName();
                assertProbe(c.getStartupProbe(), "/q/health/started", at);
                assertProbe(c.getLivenessProbe(), "/q/health/live", at);
                assertProbe(c.getReadinessProbe(), "/q/health/ready", at);
                for (Map<String, Quantity> bound : List.of(c.getResources().getRequests(), c.getResources().getLimits())) {
                    assertNotNull(bound, at + ": requests and limits");
                    assertTrue(bound.containsKey("cpu") && bound.containsKey("memory"), at + ": cpu and memory " + bound);
                }
                SecurityContext security = c.getSecurityContext();
                assertNotNull(security, at + ": securityContext");
                boolean nonRoot = Boolean.TRUE.equals(security.getRunAsNonRoot())
                        || Boolean.TRUE.equals(podSecurity.getRunAsNonRoot());
                assertTrue(nonRoot, at + ": runAsNonRoot");
                assertEquals(Boolean.TRUE, security.getReadOnlyRootFilesystem(), at + ": readOnlyRootFilesystem");
                assertEquals(Boolean.FALSE, security.getAllowPrivilegeEscalation(), at + ": allowPrivilegeEscalation");
                assertEquals(List.of("ALL"), security.getCapabilities().getDrop(), at + ": capabilities drop");
                String tmpVolume = c.getVolumeMounts().stream().filter(m -> "/tmp".equals(m.getMountPath()))
                        .map(m -> m.getName()).findFirst().orElse(null);
                assertNotNull(tmpVolume, at + ": writable /tmp");
                Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(tmpVolume)).findFirst().orElseThrow();
                assertNotNull(volume.getEmptyDir(), at + ": /tmp is an emptyDir");
                assertTrue(c.getImage().contains(":"), at + ": image without tag: " + c.getImage());
                assertFalse(c.getImage().endsWith(":latest"), at + ": :latest image");
                if (overlay.equals("prod")) {
                    assertFalse(c.getImage().endsWith("-SNAPSHOT"), at + ": a snapshot in prod: " + c.getImage());
                }
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void autoscalersAndBudgetsTargetTheServices(String overlay) {
        List<HasMetadata> objects = Manifests.overlay(overlay);
        for (HorizontalPodAutoscaler hpa : Manifests.ofType(objects, HorizontalPodAutoscaler.class)) {
            assertTrue(Manifests.SERVICES.contains(hpa.getSpec().getScaleTargetRef().getName()), hpa.getMetadata().getName());
            assertTrue(hpa.getSpec().getMaxReplicas() >= hpa.getSpec().getMinReplicas());
        }
        for (PodDisruptionBudget pdb : Manifests.ofType(objects, PodDisruptionBudget.class)) {
            String name = pdb.getMetadata().getName();
            assertEquals(Map.of("app.kubernetes.io/name", name), pdb.getSpec().getSelector().getMatchLabels(), name);
        }
        for (Service service : Manifests.ofType(objects, Service.class)) {
            assertEquals(Map.of("app.kubernetes.io/name", service.getMetadata().getName()), service.getSpec().getSelector());
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void onlyDeliveryAndIngestionLeaveTheClusterAndOnlyOnHttps(String overlay) {
        for (NetworkPolicy policy : Manifests.ofType(Manifests.overlay(overlay), NetworkPolicy.class)) {
            String name = policy.getMetadata().getName();
            if (!Manifests.SERVICES.contains(name)) {
                continue;
            }
            assertEquals(List.of("Ingress", "Egress"), policy.getSpec().getPolicyTypes(), name);
            policy.getSpec().getEgress().forEach(rule -> rule.getTo().forEach(peer -> {
                if (peer.getIpBlock() != null) {
                    // webhooks to platforms; platform APIs, short links and removal checks
                    assertTrue(Set.of("notification-service", "ingestion-service").contains(name),
                            name + " reaches outside the cluster");
                    assertTrue(rule.getPorts().stream().allMatch(p -> p.getPort().getIntVal() == 443), name);
                }
            }));
            policy.getSpec().getIngress().forEach(rule -> assertTrue(rule.getFrom().stream()
                    .allMatch(peer -> peer.getNamespaceSelector() != null || isPantauService(peer)),
                    name + ": ingress only from named namespaces or from another Pantau service"));
        }
    }

    private static boolean isPantauService(io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer peer) {
        return peer.getIpBlock() == null && peer.getPodSelector() != null
                && Manifests.SERVICES.contains(peer.getPodSelector().getMatchLabels().get("app.kubernetes.io/name"));
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theIngressRoutesTheFourApisAndTheConsole(String overlay) {
        Map<String, String> routes = Manifests.ofType(Manifests.overlay(overlay), Ingress.class).stream()
                .flatMap(i -> i.getSpec().getRules().stream())
                .flatMap(r -> r.getHttp().getPaths().stream())
                .collect(Collectors.toMap(p -> p.getPath(), p -> p.getBackend().getService().getName()));
        assertEquals("ingestion-service", routes.get("/api/v1/content"));
        assertEquals("classifier-service", routes.get("/api/v1/classify"));
        assertEquals("case-service", routes.get("/api/v1/cases"));
        assertEquals("case-service", routes.get("/api/v1/platform/notices"));
        assertEquals("case-service", routes.get("/console"));
        assertEquals("notification-service", routes.get("/api/v1/platforms"));
        assertEquals("pantau-keycloak-service", routes.get("/realms"));
        assertTrue(Manifests.ofType(Manifests.overlay(overlay), Ingress.class).stream()
                .allMatch(i -> !i.getSpec().getTls().isEmpty()), "every Ingress terminates TLS");
    }

    private static void assertProbe(Probe probe, String path, String where) {
        assertNotNull(probe, where + ": probe " + path);
        assertEquals(path, probe.getHttpGet().getPath(), where);
    }
}
