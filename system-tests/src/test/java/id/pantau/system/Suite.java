package id.pantau.system;

import static org.awaitility.Awaitility.await;

import id.pantau.local.EmbeddedPostgres;
import id.pantau.local.KafkaBroker;
import id.pantau.local.KeycloakTestResource;
import id.pantau.local.KeycloakTokens;
import id.pantau.local.Ports;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The whole of Pantau for the system tests, started once per JVM: real PostgreSQL (one database per
 * service), a Kafka broker, Keycloak with the pantau realm (reused when PANTAU_KEYCLOAK_URL names a
 * running one) and the four services from their built jars on free ports (case-service on a fixed one
 * for the console's browser test, see {@link #withCaseServiceOn}).
 */
final class Suite {

    /** Generous: on a shared CI machine four JVMs starting at once have taken four minutes. */
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

    private static Suite instance;
    private static IllegalStateException startFailure;

    private final Map<String, ServiceProcess> services = new ConcurrentHashMap<>();
    private final EmbeddedPostgres postgres;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final String keycloakUrl;
    private final String kafkaBootstrap;

    private Suite(OptionalInt fixedCasePort) throws Exception {
        Path root = Path.of(System.getProperty("pantau.root", "..")).toAbsolutePath().normalize();
        postgres = EmbeddedPostgres.startTemporary();
        KafkaBroker kafka = KafkaBroker.startTemporary();
        keycloakUrl = KeycloakTestResource.sharedUrl();
        kafkaBootstrap = kafka.bootstrapServers();
        // registered before any service starts, so a suite that fails to start leaves no service behind
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // in parallel: one by one, four graceful stops can outlast surefire's wait for the fork to exit
            services.values().parallelStream().forEach(ServiceProcess::stop);
            kafka.stop();
            postgres.stop();
        }, "pantau-suite-stop"));

        Map<String, String> databases = Map.of("ingestion-service", "ingestion", "classifier-service", "classifier",
                "case-service", "cases", "notification-service", "notification");
        int casePort = fixedCasePort.orElseGet(Ports::free);
        fixedCasePort.ifPresent(Suite::awaitFree);
        // known before anyone starts: ingestion-service (seed keywords) and the console call classifier-service
        int classifierPort = Ports.free(casePort);
        String classifierUrl = "http://localhost:" + classifierPort;
        for (String name : List.of("ingestion-service", "classifier-service", "case-service", "notification-service")) {
            String database = databases.get(name);
            postgres.createDatabaseIfMissing(database);
            Map<String, String> config = new HashMap<>();
            config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
            config.put("quarkus.datasource.reactive.url", postgres.reactiveUrl(database));
            config.put("kafka.bootstrap.servers", kafkaBootstrap);
            config.put("quarkus.oidc.auth-server-url", keycloakUrl + "/realms/pantau");
            config.put("pantau.case.public-url", publicUrl(casePort));
            switch (name) {
                case "ingestion-service" -> config.put("quarkus.rest-client.classifier.url", classifierUrl);
                case "case-service" -> config.put("pantau.classifier.url", classifierUrl);
                default -> { }
            }
            // A platform that is down is retried within the test's patience, not after 30 s.
            config.put("pantau.delivery.initial-backoff", "PT1S");
            config.put("pantau.delivery.max-backoff", "PT2S");
            // The test's webhook receivers listen on this machine over plain http, which the SSRF guard
            // refuses unless allowed.
            config.put("pantau.webhook.allow-http", "true");
            config.put("pantau.webhook.allowed-networks", "127.0.0.0/8,::1/128");
            int port = switch (name) {
                case "case-service" -> casePort;
                case "classifier-service" -> classifierPort;
                default -> Ports.free(casePort, classifierPort);
            };
            ServiceProcess.snapshot(root, name);
            services.put(name, ServiceProcess.start(root, name, port, config));
        }
        for (String name : List.copyOf(services.keySet())) {
            awaitReady(name);
        }
    }

    /**
     * A service that exits during start-up is started once more, as Kubernetes restarts a crashed pod: on an
     * overloaded machine a start-up step can outlast its own timeout (classifier-service's rule-set seeding).
     */
    private void awaitReady(String name) throws Exception {
        try {
            services.get(name).awaitReady(READY_TIMEOUT);
        } catch (IllegalStateException e) {
            if (!services.get(name).exited()) {
                throw e;
            }
            System.err.printf("%n%s exited during start-up; starting it once more (%s)%n%n", name, e.getMessage());
            ServiceProcess again = services.get(name).startAgain();
            services.put(name, again);
            again.awaitReady(READY_TIMEOUT);
        }
    }

    static synchronized Suite get() {
        if (instance == null) {
            instance = start(OptionalInt.empty());
        }
        return instance;
    }

    /**
     * The suite with case-service on a fixed port, for a test whose redirect URIs name it (the realm lets
     * the console's sign-in return only to localhost:8083). Started there if this is the first test; if an
     * earlier test already started the suite, case-service alone moves there, once, and stays.
     */
    static synchronized Suite withCaseServiceOn(int port) {
        if (instance == null) {
            instance = start(OptionalInt.of(port));
        } else {
            try {
                instance.moveCaseService(port);
            } catch (Exception e) {
                throw new IllegalStateException("Could not move case-service to port " + port, e);
            }
        }
        return instance;
    }

    /** A suite that failed to start is not started again by every later test class, each waiting minutes. */
    private static Suite start(OptionalInt fixedCasePort) {
        if (startFailure != null) {
            throw new IllegalStateException("The Pantau suite failed to start earlier in this run", startFailure);
        }
        try {
            return new Suite(fixedCasePort);
        } catch (Exception e) {
            startFailure = new IllegalStateException("Could not start the Pantau suite", e);
            throw startFailure;
        }
    }

    private void moveCaseService(int port) throws Exception {
        ServiceProcess current = services.get("case-service");
        if (current.port() == port) {
            return;
        }
        current.stop();
        awaitFree(port);
        ServiceProcess moved = current.startAgainOn(port, Map.of("pantau.case.public-url", publicUrl(port)));
        services.put("case-service", moved);
        moved.awaitReady(READY_TIMEOUT);
    }

    /** A fixed port may still be held by another run's case-service (a console test): wait for it, loudly. */
    private static void awaitFree(int port) {
        if (Ports.inUse(port)) {
            System.err.printf("%nport %d is in use; waiting up to 10 minutes for it to be free%n%n", port);
            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(2)).until(() -> !Ports.inUse(port));
        }
    }

    private static String publicUrl(int casePort) {
        return "http://localhost:" + casePort;
    }

    String ingestion() {
        return services.get("ingestion-service").baseUrl();
    }

    String classifier() {
        return services.get("classifier-service").baseUrl();
    }

    String cases() {
        return services.get("case-service").baseUrl();
    }

    String notification() {
        return services.get("notification-service").baseUrl();
    }

    /** Kills a service with SIGKILL, as a crashed node or an OOM kill would. */
    void kill(String name) throws InterruptedException {
        services.get(name).kill();
    }

    /** Starts a killed service again from its jar on the same port; returns once it is ready. */
    void restart(String name) throws Exception {
        ServiceProcess restarted = services.get(name).startAgain();
        services.put(name, restarted);
        restarted.awaitReady(READY_TIMEOUT);
    }

    /** A JDBC connection to one service's database, for checks the API does not expose (duplicates). */
    Connection database(String name) throws SQLException {
        return postgres.connect(name);
    }

    String kafka() {
        return kafkaBootstrap;
    }

    /** A real access token for a demo user (password grant) or a confidential client (client credentials). */
    String token(String userOrClient) {
        return tokens.computeIfAbsent(userOrClient, who -> KeycloakTokens.USERS.contains(who)
                ? KeycloakTokens.forUser(keycloakUrl, who)
                : KeycloakTokens.forClient(keycloakUrl, who));
    }
}
