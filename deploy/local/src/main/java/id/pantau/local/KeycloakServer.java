package id.pantau.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The real Keycloak, run from the {@code org.keycloak:keycloak-quarkus-dist} zip that this module's build
 * unpacks into {@code target/keycloak} (see {@code pantau-local.properties}), started in dev mode with the
 * {@code pantau} realm imported from {@code keycloak/pantau-realm.json} on the class path.
 * <p>
 * The issuer in tokens follows the host name used to reach Keycloak, so everything uses {@code localhost}.
 * The bootstrap admin of the master realm is admin/admin: LOCAL ONLY.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "pantau";
    public static final String REALM_RESOURCE = "keycloak/pantau-realm.json";
    /** LOCAL ONLY credentials of the master realm's bootstrap admin. */
    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_PASSWORD = "admin";

    /** System property: seconds to wait for Keycloak to answer (default 180). */
    public static final String STARTUP_TIMEOUT_PROPERTY = "pantau.keycloak.startup-timeout";
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    /** How Keycloak keeps its data. */
    public enum Storage {
        /** {@code --db=dev-mem}: in memory, a fresh realm on every start (tests). */
        MEMORY("dev-mem"),
        /** {@code --db=dev-file}: H2 files in {@code <home>/data/h2}, kept across restarts (launcher). */
        FILE("dev-file");

        private final String db;

        Storage(String db) {
            this.db = db;
        }

        public String db() {
            return db;
        }
    }

    /** Servers not stopped yet: a shutdown hook stops them, so no Keycloak outlives the JVM that started it. */
    private static final Set<KeycloakServer> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> List.copyOf(RUNNING).forEach(KeycloakServer::stop),
                "pantau-local-keycloak-stop"));
    }

    private final Process process;
    private final Path home;
    private final int port;
    private final Path logFile;
    private volatile boolean stopped;

    private KeycloakServer(Process process, Path home, int port, Path logFile) {
        this.process = process;
        this.home = home;
        this.port = port;
        this.logFile = logFile;
    }

    /**
     * Starts Keycloak from the distribution unpacked by the build, on {@code port} (0: a free one).
     * Test JVMs share that distribution, all with {@link Storage#MEMORY}; a long-running or {@link Storage#FILE}
     * server should use its own copy ({@link #copyDistribution(Path)} and {@link #start(Path, int, Storage, Path,
     * Duration)}), because a change of build options (such as the database kind) re-augments the distribution
     * in place and {@code mvn clean} deletes it.
     */
    public static KeycloakServer start(int port, Storage storage) throws IOException {
        return start(distributionHome(), port, storage, null, defaultStartupTimeout());
    }

    /**
     * Starts Keycloak and waits until the {@code pantau} realm answers.
     *
     * @param home    a Keycloak home (the unpacked distribution or a copy, see {@link #copyDistribution(Path)})
     * @param port    HTTP port, 0 for a free one
     * @param storage in-memory (fresh realm every start) or file (persistent)
     * @param logFile where Keycloak's stdout/stderr go; null: {@code <home>/data/log/keycloak-PORT.log}
     * @param timeout how long to wait for the realm's discovery document
     */
    public static KeycloakServer start(Path home, int port, Storage storage, Path logFile, Duration timeout)
            throws IOException {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(storage, "storage");
        Path kcHome = home.toAbsolutePath();
        Path kcSh = kcHome.resolve("bin/kc.sh");
        if (!Files.isRegularFile(kcSh)) {
            throw new IOException("no Keycloak distribution in " + kcHome + " (bin/kc.sh missing); build deploy/local first");
        }
        int httpPort = port == 0 ? Ports.free() : port;
        if (Ports.inUse(httpPort)) {
            throw new IOException("port " + httpPort + " is already in use; is another Keycloak running?");
        }
        installRealm(kcHome);
        Path log = logFile != null ? logFile.toAbsolutePath() : kcHome.resolve("data/log/keycloak-" + httpPort + ".log");
        Files.createDirectories(log.getParent());

        List<String> command = new ArrayList<>(List.of(
                "/bin/sh", kcSh.toString(), "start-dev",
                "--import-realm",
                "--http-port=" + httpPort,
                "--http-host=127.0.0.1",
                "--hostname-strict=false",
                "--db=" + storage.db()));
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(kcHome.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        Map<String, String> env = pb.environment();
        // Deterministic settings: nothing from the caller's environment overrides the JVM options or Keycloak options.
        env.keySet().removeIf(k -> k.startsWith("KC_") || k.equals("JAVA_OPTS") || k.equals("JAVA_OPTS_APPEND")
                || k.equals("JAVA_ADD_OPENS") || k.equals("JAVA"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        // JBoss Threads resets thread locals through java.lang internals; on Java 24+ it fails without this.
        env.put("JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED");
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);

        KeycloakServer server = new KeycloakServer(pb.start(), kcHome, httpPort, log);
        RUNNING.add(server);
        try {
            server.awaitReady(timeout);
        } catch (IOException | RuntimeException e) {
            server.stop();
            throw e;
        }
        return server;
    }

    /** 180 s unless the system property {@value #STARTUP_TIMEOUT_PROPERTY} gives other seconds. */
    public static Duration defaultStartupTimeout() {
        return Duration.ofSeconds(Long.getLong(STARTUP_TIMEOUT_PROPERTY, 180));
    }

    /** The distribution unpacked by the build ({@code keycloak.home} in {@code pantau-local.properties}). */
    public static Path distributionHome() {
        Properties p = new Properties();
        try (InputStream in = KeycloakServer.class.getClassLoader().getResourceAsStream("pantau-local.properties")) {
            if (in == null) {
                throw new IllegalStateException("pantau-local.properties not on the class path");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Path.of(p.getProperty("keycloak.home"));
    }

    /**
     * Makes {@code target} a private Keycloak home: copies the unpacked distribution there unless it holds one
     * already. A copy keeps a long-running server safe from {@code mvn clean} and from the re-augmentation a
     * test Keycloak with other build options would do in the shared distribution.
     *
     * @return {@code target}
     */
    public static Path copyDistribution(Path target) throws IOException {
        Path source = distributionHome();
        Path versionFile = target.resolve("version.txt");
        if (Files.isRegularFile(versionFile) && Files.isRegularFile(target.resolve("bin/kc.sh"))
                && Files.readString(versionFile).equals(Files.readString(source.resolve("version.txt")))) {
            return target;
        }
        FileTrees.delete(target);
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        FileTrees.delete(partial);
        // Not data/: in the shared distribution it holds the logs and transaction logs of running test servers.
        FileTrees.copy(source, partial, relative -> relative.startsWith("data"));
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    /** Deletes the file database ({@code <home>/data/h2}); the next FILE start imports the realm afresh. */
    public static void resetData(Path home) throws IOException {
        FileTrees.delete(home.toAbsolutePath().resolve("data/h2"));
    }

    private static void installRealm(Path kcHome) throws IOException {
        Path importDir = kcHome.resolve("data/import");
        Files.createDirectories(importDir);
        try (InputStream realm = KeycloakServer.class.getClassLoader().getResourceAsStream(REALM_RESOURCE)) {
            if (realm == null) {
                throw new IOException(REALM_RESOURCE + " not on the class path");
            }
            Path tmp = Files.createTempFile(importDir, "pantau-realm", ".tmp");
            Files.copy(realm, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, importDir.resolve("pantau-realm.json"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private void awaitReady(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("Keycloak exited with " + process.exitValue() + " before it was ready; log "
                        + logFile + ":\n" + LocalLogging.tail(logFile, 40));
            }
            if (isReady(baseUrl())) {
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for Keycloak", e);
            }
        }
        throw new IOException("Keycloak not ready on " + baseUrl() + " after " + timeout + "; log " + logFile
                + ":\n" + LocalLogging.tail(logFile, 40));
    }

    /** True if {@code baseUrl}/realms/pantau/.well-known/openid-configuration answers 200. */
    public static boolean isReady(String baseUrl) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stripSlash(baseUrl) + "/realms/" + REALM
                        + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** {@code http://localhost:PORT} */
    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** {@code http://localhost:PORT/realms/pantau}, the value of {@code quarkus.oidc.auth-server-url}. */
    public String realmUrl() {
        return baseUrl() + "/realms/" + REALM;
    }

    public int port() {
        return port;
    }

    public Path home() {
        return home;
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Stops kc.sh and the Keycloak JVM under it (SIGTERM, then SIGKILL after 30 s) and waits for both. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        RUNNING.remove(this);
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (ProcessHandle p : tree) {
            long left = deadline - System.nanoTime();
            try {
                p.onExit().get(Math.max(left, 0), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                // timed out: forced below
            }
        }
        for (ProcessHandle p : tree) {
            if (p.isAlive()) {
                p.destroyForcibly();
            }
        }
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return "KeycloakServer[" + baseUrl() + ", home=" + home + "]";
    }
}
