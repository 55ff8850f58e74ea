package id.pantau.local;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The local launcher's infrastructure: PostgreSQL on {@value #POSTGRES_PORT} (databases ingestion,
 * classifier, cases, notification), Kafka on {@value #KAFKA_PORT} and Keycloak on {@value #KEYCLOAK_PORT}
 * (realm pantau), all keeping their data under {@code --data-dir} across restarts. Prints {@code READY} on
 * stdout when everything answers and stops everything on SIGTERM/SIGINT.
 *
 * <pre>
 * java -cp target/pantau-local-*.jar:$(cat target/classpath.txt) id.pantau.local.LocalInfra --data-dir DIR [--reset]
 * </pre>
 * {@code --reset} wipes the PostgreSQL cluster, the Kafka log and Keycloak's H2 database first. The ports can be
 * changed with {@code --postgres-port}, {@code --kafka-port}, {@code --kafka-controller-port} and
 * {@code --keycloak-port}.
 */
public final class LocalInfra {

    public static final int POSTGRES_PORT = 15432;
    public static final int KAFKA_PORT = 19092;
    public static final int KAFKA_CONTROLLER_PORT = 19093;
    public static final int KEYCLOAK_PORT = 8180;
    public static final List<String> DATABASES = List.of("ingestion", "classifier", "cases", "notification");
    public static final String DEFAULT_DATA_DIR = ".pantau-local";

    private final Path dataDir;
    private final int postgresPort;
    private final int kafkaPort;
    private final int kafkaControllerPort;
    private final int keycloakPort;
    private final List<AutoCloseable> started = Collections.synchronizedList(new ArrayList<>());
    private volatile EmbeddedPostgres postgres;
    private volatile KafkaBroker kafka;
    private volatile KeycloakServer keycloak;

    private LocalInfra(Path dataDir, int postgresPort, int kafkaPort, int kafkaControllerPort, int keycloakPort) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.postgresPort = postgresPort;
        this.kafkaPort = kafkaPort;
        this.kafkaControllerPort = kafkaControllerPort;
        this.keycloakPort = keycloakPort;
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty("java.util.logging.manager") == null) {
            // Same logging backend as in tests and Quarkus: slf4j -> JBoss LogManager, also behind JUL.
            System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        }
        Path dataDir = Path.of(DEFAULT_DATA_DIR);
        boolean reset = false;
        int pgPort = POSTGRES_PORT;
        int kafkaPort = KAFKA_PORT;
        int controllerPort = KAFKA_CONTROLLER_PORT;
        int kcPort = KEYCLOAK_PORT;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data-dir" -> dataDir = Path.of(value(args, i++));
                case "--reset" -> reset = true;
                case "--postgres-port" -> pgPort = port(value(args, i++));
                case "--kafka-port" -> kafkaPort = port(value(args, i++));
                case "--kafka-controller-port" -> controllerPort = port(value(args, i++));
                case "--keycloak-port" -> kcPort = port(value(args, i++));
                case "-h", "--help" -> {
                    usage(null);
                }
                default -> usage("unknown argument " + args[i]);
            }
        }

        LocalInfra infra = new LocalInfra(dataDir, pgPort, kafkaPort, controllerPort, kcPort);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            infra.stopAll();
            stopped.countDown();
        }, "pantau-local-shutdown"));
        try {
            infra.startAll(reset);
        } catch (Exception e) {
            System.err.println("pantau-local: start failed: " + e);
            e.printStackTrace();
            System.exit(1); // runs the shutdown hook, which stops what did start
        }
        infra.printSummary();
        System.out.println("READY");
        System.out.flush();
        stopped.await();
    }

    private static String value(String[] args, int i) {
        if (i + 1 >= args.length) {
            usage(args[i] + " needs a value");
        }
        return args[i + 1];
    }

    private static int port(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            usage("not a port: " + s);
            return -1;
        }
    }

    private static void usage(String error) {
        if (error != null) {
            System.err.println(error);
        }
        System.err.println("usage: LocalInfra [--data-dir DIR] [--reset] [--postgres-port " + POSTGRES_PORT
                + "] [--kafka-port " + KAFKA_PORT + "] [--kafka-controller-port " + KAFKA_CONTROLLER_PORT
                + "] [--keycloak-port " + KEYCLOAK_PORT + "]");
        System.exit(error == null ? 0 : 2);
    }

    private void startAll(boolean reset) throws Exception {
        Path pgData = dataDir.resolve("postgres");
        Path kafkaLog = dataDir.resolve("kafka");
        Path kcHome = dataDir.resolve("keycloak/home");

        for (int port : new int[] {postgresPort, kafkaPort, kafkaControllerPort, keycloakPort}) {
            if (Ports.inUse(port)) {
                throw new IllegalStateException("port " + port + " is in use: is the local infrastructure (or a "
                        + "leftover process of it) running already?");
            }
        }
        log("data directory " + dataDir);
        long t0 = System.nanoTime();
        KeycloakServer.copyDistribution(kcHome);
        if (reset) {
            log("--reset: wiping PostgreSQL, Kafka and Keycloak data");
            FileTrees.delete(pgData);
            FileTrees.delete(kafkaLog);
            KeycloakServer.resetData(kcHome);
        }

        postgres = EmbeddedPostgres.start(postgresPort, pgData, false);
        started.add(postgres);
        for (String db : DATABASES) {
            postgres.createDatabaseIfMissing(db);
        }
        log("PostgreSQL up on " + postgresPort + " after " + seconds(t0));

        kafka = KafkaBroker.start(kafkaPort, kafkaControllerPort, kafkaLog, false);
        started.add(kafka);
        log("Kafka up on " + kafka.bootstrapServers() + " after " + seconds(t0));

        keycloak = KeycloakServer.start(kcHome, keycloakPort, KeycloakServer.Storage.FILE,
                dataDir.resolve("keycloak/keycloak.log"), KeycloakServer.defaultStartupTimeout());
        started.add(keycloak);
        log("Keycloak up on " + keycloak.baseUrl() + " after " + seconds(t0) + " (log " + keycloak.logFile() + ")");
    }

    private void printSummary() {
        System.out.println("postgres  jdbc:postgresql://localhost:" + postgresPort + "/{" + String.join(",", DATABASES)
                + "}  user postgres / password postgres");
        System.out.println("kafka     " + kafka.bootstrapServers());
        System.out.println("keycloak  " + keycloak.realmUrl() + "  (admin console " + keycloak.baseUrl()
                + "/admin admin/admin, LOCAL ONLY)");
    }

    /** Stops what started, newest first. */
    private void stopAll() {
        List<AutoCloseable> toStop;
        synchronized (started) {
            toStop = new ArrayList<>(started);
            started.clear();
        }
        Collections.reverse(toStop);
        for (AutoCloseable c : toStop) {
            try {
                c.close();
                log("stopped " + c);
            } catch (Exception e) {
                System.err.println("pantau-local: stopping " + c + " failed: " + e);
            }
        }
    }

    private static String seconds(long startNanos) {
        return String.format("%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }

    private static void log(String message) {
        System.err.println("pantau-local: " + message);
    }
}
