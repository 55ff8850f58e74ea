package id.pantau.local;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A single Kafka node (KRaft, broker and controller in one) running inside this JVM, at the version of the
 * {@code kafka-clients} the services use. Listeners are on {@code localhost}: {@code PLAINTEXT} for clients,
 * {@code CONTROLLER} for the Raft quorum of one. Topics are created on first use with 3 partitions.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final int NODE_ID = 1;
    private static final String META_PROPERTIES = "meta.properties";

    private final KafkaRaftServer server;
    private final int port;
    private final int controllerPort;
    private final Path logDirectory;
    private final boolean clean;
    private volatile boolean stopped;

    /** Every topic the services use, with the dead-letter topic of each consumer group. */
    public static final List<String> PANTAU_TOPICS = List.of(
            "content.ingested", "content.classified", "case.events", "notice.requested", "notice.status",
            "content.removal-verified", "content.removal-verified.case-service.dlq", "case.events.ingestion-service.dlq",
            "content.ingested.classifier-service.dlq", "content.classified.case-service.dlq",
            "notice.status.case-service.dlq", "notice.requested.notification-service.dlq");
    private static final int PARTITIONS = 3;

    private KafkaBroker(KafkaRaftServer server, int port, int controllerPort, Path logDirectory, boolean clean) {
        this.server = server;
        this.port = port;
        this.controllerPort = controllerPort;
        this.logDirectory = logDirectory;
        this.clean = clean;
    }

    /**
     * Starts a broker.
     *
     * @param port           the client (PLAINTEXT) port, 0 for a free one
     * @param controllerPort the controller (Raft) port, 0 for a free one
     * @param logDirectory   where the log and the cluster metadata live; formatted only if it is not yet
     * @param clean          true: wipe the directory first and delete it on stop (tests); false: keep it (launcher)
     */
    public static KafkaBroker start(int port, int controllerPort, Path logDirectory, boolean clean) throws IOException {
        Objects.requireNonNull(logDirectory, "logDirectory");
        LocalLogging.quietKafka();
        Path dir = logDirectory.toAbsolutePath();
        if (clean) {
            FileTrees.delete(dir);
        }
        Files.createDirectories(dir);
        int clientPort = port == 0 ? Ports.free() : port;
        int raftPort = controllerPort == 0 ? Ports.free(clientPort) : controllerPort;

        KafkaConfig config = new KafkaConfig(brokerProperties(clientPort, raftPort, dir), false);
        if (!Files.exists(dir.resolve(META_PROPERTIES))) {
            format(dir);
        }
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        KafkaBroker broker = new KafkaBroker(server, clientPort, raftPort, dir, clean);
        try {
            server.startup();
            broker.awaitReady(Duration.ofSeconds(60));
        } catch (RuntimeException | IOException e) {
            broker.stop();
            throw e;
        }
        return broker;
    }

    /** Starts a throw-away broker on free ports in a fresh temporary directory. */
    public static KafkaBroker startTemporary() throws IOException {
        return start(0, 0, Files.createTempDirectory("pantau-kafka-"), true);
    }

    private static Properties brokerProperties(int port, int controllerPort, Path dir) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        p.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", dir.toString());
        p.put("metadata.log.dir", dir.toString());

        p.put("auto.create.topics.enable", "true");
        p.put("num.partitions", "3");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        // One node: no reason to wait for more group members before the first rebalance.
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "4");
        p.put("num.recovery.threads.per.data.dir", "1");
        p.put("log.cleaner.threads", "1");
        return p;
    }

    private static void format(Path dir) throws IOException {
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(java.util.List.of(dir.toString()))
                    .setMetadataLogDirectory(dir.toString())
                    .setControllerListenerName("CONTROLLER")
                    .run();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("could not format Kafka storage in " + dir, e);
        }
    }

    /** Waits until the broker answers a cluster description on its client listener. */
    private void awaitReady(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Object> conf = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        Exception last = null;
        try (Admin admin = Admin.create(conf)) {
            while (System.nanoTime() < deadline) {
                try {
                    if (!admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).isEmpty()) {
                        createPantauTopics(admin);
                        return;
                    }
                } catch (Exception e) {
                    if (e instanceof InterruptedException) {
                        Thread.currentThread().interrupt();
                        throw new IOException("interrupted while waiting for Kafka", e);
                    }
                    last = e;
                }
                sleep(200);
            }
        }
        throw new IOException("Kafka on " + bootstrapServers() + " not ready after " + timeout, last);
    }

    /**
     * Pantau's topics exist before any service subscribes: a consumer that joins a topic that does not
     * exist yet sees no partitions until its next metadata refresh (five minutes by default).
     * In Kubernetes the same list is declared as KafkaTopic resources.
     */
    private static void createPantauTopics(Admin admin) throws Exception {
        Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
        List<NewTopic> missing = PANTAU_TOPICS.stream().filter(t -> !existing.contains(t))
                .map(t -> new NewTopic(t, PARTITIONS, (short) 1)).toList();
        if (!missing.isEmpty()) {
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
        }
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** {@code localhost:PORT} */
    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public Path logDirectory() {
        return logDirectory;
    }

    /** Shuts the node down and waits for it; a clean instance also deletes its log directory. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            server.shutdown();
            server.awaitShutdown();
        } finally {
            if (clean) {
                try {
                    FileTrees.delete(logDirectory);
                } catch (IOException e) {
                    System.err.println("could not delete " + logDirectory + ": " + e);
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
        return "KafkaBroker[" + bootstrapServers() + ", controller=localhost:" + controllerPort + ", log=" + logDirectory + "]";
    }
}
