package id.pantau.system;

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
import java.util.concurrent.ConcurrentHashMap;

/**
 * The whole of Pantau for the system tests, started once per JVM: real PostgreSQL (one database per
 * service), a Kafka broker, Keycloak with the pantau realm (reused when PANTAU_KEYCLOAK_URL names a
 * running one) and the four services from their built jars on free ports.
 */
final class Suite {

    private static Suite instance;

    private final Map<String, ServiceProcess> services = new ConcurrentHashMap<>();
    private final EmbeddedPostgres postgres;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final String keycloakUrl;
    private final String kafkaBootstrap;

    private Suite() throws Exception {
        Path root = Path.of(System.getProperty("pantau.root", "..")).toAbsolutePath().normalize();
        postgres = EmbeddedPostgres.startTemporary();
        KafkaBroker kafka = KafkaBroker.startTemporary();
        keycloakUrl = KeycloakTestResource.sharedUrl();
        kafkaBootstrap = kafka.bootstrapServers();

        Map<String, String> databases = Map.of("ingestion-service", "ingestion", "classifier-service", "classifier",
                "case-service", "cases", "notification-service", "notification");
        int casePort = Ports.free();
        for (String name : List.of("ingestion-service", "classifier-service", "case-service", "notification-service")) {
            String database = databases.get(name);
            postgres.createDatabaseIfMissing(database);
            Map<String, String> config = new HashMap<>();
            config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
            config.put("quarkus.datasource.reactive.url", postgres.reactiveUrl(database));
            config.put("kafka.bootstrap.servers", kafkaBootstrap);
            config.put("quarkus.oidc.auth-server-url", keycloakUrl + "/realms/pantau");
            config.put("pantau.case.public-url", "http://localhost:" + casePort);
            // A platform that is down is retried within the test's patience, not after 30 s.
            config.put("pantau.delivery.initial-backoff", "PT1S");
            config.put("pantau.delivery.max-backoff", "PT2S");
            // The test's webhook receivers listen on this machine over plain http, which the SSRF guard
            // refuses unless allowed.
            config.put("pantau.webhook.allow-http", "true");
            config.put("pantau.webhook.allowed-networks", "127.0.0.0/8,::1/128");
            int port = name.equals("case-service") ? casePort : Ports.free(casePort);
            services.put(name, ServiceProcess.start(root, name, port, config));
        }
        for (ServiceProcess service : services.values()) {
            service.awaitReady(Duration.ofMinutes(3));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            services.values().forEach(ServiceProcess::stop);
            kafka.stop();
            postgres.stop();
        }, "pantau-suite-stop"));
    }

    static synchronized Suite get() {
        if (instance == null) {
            try {
                instance = new Suite();
            } catch (Exception e) {
                throw new IllegalStateException("Could not start the Pantau suite", e);
            }
        }
        return instance;
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
        restarted.awaitReady(Duration.ofMinutes(3));
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
