package id.pantau.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** One Pantau service run the way an operator runs it: `java -jar target/quarkus-app/quarkus-run.jar`. */
final class ServiceProcess {

    private final Path root;
    private final String name;
    private final int port;
    private final Map<String, String> config;
    private final Process process;
    private final Path log;

    private ServiceProcess(Path root, String name, int port, Map<String, String> config, Process process, Path log) {
        this.root = root;
        this.name = name;
        this.port = port;
        this.config = Map.copyOf(config);
        this.process = process;
        this.log = log;
    }

    /**
     * Copies the service's built application to system-tests/target/apps, where the suite runs it from: a
     * rebuild of the service while the suite runs (another build in the same tree) then cannot swap jars
     * under the running process or a restart.
     */
    static void snapshot(Path root, String name) throws IOException {
        Path built = root.resolve(name).resolve("target/quarkus-app");
        if (!Files.isRegularFile(built.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(built.resolve("quarkus-run.jar")
                    + " is missing: build the services first (./mvnw verify builds them before this module)");
        }
        Path copy = appDirectory(root, name);
        if (Files.exists(copy)) {
            try (Stream<Path> old = Files.walk(copy)) {
                for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(copy.getParent());
        try (Stream<Path> files = Files.walk(built)) {
            for (Path path : files.toList()) {
                Files.copy(path, copy.resolve(built.relativize(path).toString()));
            }
        }
    }

    private static Path appDirectory(Path root, String name) {
        return root.resolve("system-tests/target/apps").resolve(name);
    }

    static ServiceProcess start(Path root, String name, int port, Map<String, String> config) throws IOException {
        Path jar = appDirectory(root, name).resolve("quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: snapshot the service first");
        }
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx256m", "-Dquarkus.http.port=" + port));
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar.toString()));
        Path log = root.resolve("system-tests/target/service-logs/" + name + ".log");
        Files.createDirectories(log.getParent());
        // appended, so a restarted service's log keeps what the killed one wrote
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new ServiceProcess(root, name, port, config, process, log);
    }

    /** Kills the process the way a crashed node or an OOM kill does: SIGKILL, no shutdown hooks. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    /** The same service started again on the same port with the same configuration. */
    ServiceProcess startAgain() throws IOException {
        return start(root, name, port, config);
    }

    /** The same service started again on another port, its configuration changed by {@code overrides}. */
    ServiceProcess startAgainOn(int newPort, Map<String, String> overrides) throws IOException {
        Map<String, String> changed = new HashMap<>(config);
        changed.putAll(overrides);
        return start(root, name, newPort, changed);
    }

    boolean exited() {
        return !process.isAlive();
    }

    int port() {
        return port;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited during start-up; see " + log);
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep polling until the deadline
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw new IllegalStateException(name + " not ready within " + timeout + "; see " + log);
    }

    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
