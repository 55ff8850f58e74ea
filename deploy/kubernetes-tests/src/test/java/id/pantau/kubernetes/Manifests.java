package id.pantau.kubernetes;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** The overlays of deploy/kubernetes rendered by {@code kubectl kustomize} and parsed with the fabric8 model. */
final class Manifests {

    static final List<String> OVERLAYS = List.of("dev", "prod");
    static final List<String> SERVICES =
            List.of("ingestion-service", "classifier-service", "case-service", "notification-service");

    private static final Map<String, List<HasMetadata>> RENDERED = new ConcurrentHashMap<>();
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private Manifests() {
    }

    static Path root() {
        String configured = System.getProperty("pantau.root");
        Path start = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("deploy/kubernetes"))) {
                return dir;
            }
        }
        throw new IllegalStateException("deploy/kubernetes not found above " + start);
    }

    static Path kubernetes() {
        return root().resolve("deploy/kubernetes");
    }

    /** Every object of an overlay; skips the calling test (not fails) only where kubectl is missing. */
    static List<HasMetadata> overlay(String name) {
        Assumptions.assumeTrue(kubectl() != null,
                "kubectl not found on PATH or at /usr/bin/kubectl: the rendered-manifest policies were NOT checked");
        return RENDERED.computeIfAbsent(name, Manifests::render);
    }

    static <T extends HasMetadata> List<T> ofType(List<HasMetadata> objects, Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Custom resources (Strimzi, CloudNativePG, Keycloak, Prometheus Operator) have no typed model here. */
    static List<GenericKubernetesResource> ofKind(List<HasMetadata> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.getKind()))
                .map(GenericKubernetesResource.class::cast).toList();
    }

    static String kubectl() {
        String path = System.getenv().getOrDefault("PATH", "") + java.io.File.pathSeparator + "/usr/bin";
        return Stream.of(path.split(java.io.File.pathSeparator))
                .map(dir -> Path.of(dir, "kubectl")).filter(Files::isExecutable)
                .map(Path::toString).findFirst().orElse(null);
    }

    private static List<HasMetadata> render(String overlay) {
        Path dir = kubernetes().resolve("overlays").resolve(overlay);
        try {
            Process process = new ProcessBuilder(kubectl(), "kustomize", dir.toString())
                    .redirectErrorStream(false).start();
            byte[] out = process.getInputStream().readAllBytes();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + dir + " failed: " + err);
            }
            return parse(new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<HasMetadata> parse(String yaml) {
        List<HasMetadata> objects = new ArrayList<>();
        for (String document : yaml.split("(?m)^---\\s*$")) {
            if (!document.isBlank()) {
                objects.add(SERIALIZATION.unmarshal(document, HasMetadata.class));
            }
        }
        return objects;
    }
}
