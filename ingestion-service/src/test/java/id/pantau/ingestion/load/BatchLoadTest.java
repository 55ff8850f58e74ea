package id.pantau.ingestion.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.pantau.events.ContentIngested;
import id.pantau.ingestion.Tokens;
import id.pantau.local.CpuMeter;
import id.pantau.local.EmbeddedPostgres;
import id.pantau.local.KafkaEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The figures of the README: batch items/s on this one instance, the CPU time they took (this JVM and the
 * PostgreSQL server) and p99 of single posts, then every accepted item counted on {@code content.ingested}. Only with {@code -Dpantau.load=true}; the knobs are
 * {@code -Dpantau.load.batches}, {@code -Dpantau.load.warm-up} (batches per warm-up round),
 * {@code -Dpantau.load.warm-up-rounds} (at most; fewer once the JIT compiler is done) and
 * {@code -Dpantau.load.concurrency}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "pantau.load", matches = "true")
class BatchLoadTest {

    @Test
    void batchThroughputAndNothingLost() throws Exception {
        int batches = Integer.getInteger("pantau.load.batches", 100);
        int concurrency = Integer.getInteger("pantau.load.concurrency", 4);
        int warmUp = Integer.getInteger("pantau.load.warm-up", 20);
        int warmUpRounds = Integer.getInteger("pantau.load.warm-up-rounds", 1);
        var driver = new BatchLoadDriver("http://localhost:" + RestAssured.port, Tokens.crawler());
        BatchLoadDriver.Figures figures = driver.run(warmUp, warmUpRounds, new JitSettled(), batches, 1000,
                concurrency, 500, CpuMeter.postmasterPid(postgresDataDirectory()), BatchLoadTest::awaitOutboxDrained);
        System.out.println("LOAD " + figures);
        if (Boolean.getBoolean(EmbeddedPostgres.STATEMENT_STATISTICS)) {
            printStatementStatistics();
        }

        long expected = figures.accepted() + figures.singles();
        Set<String> seen = new HashSet<>();
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        long start = System.nanoTime();
        KafkaEvents.await(bootstrap, ContentIngested.TOPIC, event -> {
            if (event.data().contains(figures.prefix()) && !event.data().contains(figures.prefix() + "warm-")) {
                seen.add(event.key());
            }
            return seen.size() >= expected;
        }, Duration.ofMinutes(5));
        System.out.printf("LOAD content.ingested: %d of %d accepted items seen, read in %.1f s%n", seen.size(),
                expected, (System.nanoTime() - start) / 1e9);
        assertEquals(expected, seen.size());
    }

    /**
     * Steady once the JIT compiler spent less than 5 % of the last warm-up round compiling: until then its work
     * would be counted against the service although a service that has run for a while no longer pays it.
     */
    private static final class JitSettled implements BatchLoadDriver.Steady {

        private final CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        private long compileMillis = compiler.getTotalCompilationTime();
        private long since = System.nanoTime();

        @Override
        public boolean reached() {
            long now = System.nanoTime();
            long compiled = compiler.getTotalCompilationTime();
            double share = (compiled - compileMillis) / ((now - since) / 1e6);
            System.out.printf("LOAD warm-up round: JIT compiler busy %.1f %% of the time%n", share * 100);
            compileMillis = compiled;
            since = now;
            return share < 0.05;
        }
    }

    /** Polls until the relay has published every outbox row (at most five minutes; 50 ms apart). */
    private static void awaitOutboxDrained() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        try (Connection db = connect(); Statement poll = db.createStatement()) {
            while (true) {
                // One index probe, not a count: the poll must not cost the server much of what it measures.
                try (ResultSet row = poll.executeQuery(
                        "select exists (select 1 from outbox_message where published_at is null)")) {
                    row.next();
                    if (!row.getBoolean(1)) {
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The outbox still has unpublished rows after five minutes");
                }
                Thread.sleep(50);
            }
        }
    }

    /** PostgreSQL's own account of the run (warm-up, batches and singles): where its time went, per statement. */
    private static void printStatementStatistics() throws Exception {
        try (Connection db = connect()) {
            db.createStatement().execute("create extension if not exists pg_stat_statements");
            try (ResultSet rows = db.createStatement().executeQuery("""
                    select calls, rows, round(total_exec_time) as ms, left(regexp_replace(query, '\\s+', ' ', 'g'), 110) as query
                    from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())
                    order by total_exec_time desc limit 12""")) {
                while (rows.next()) {
                    System.out.printf("LOAD pg: %8d calls %9d rows %7d ms  %s%n", rows.getLong(1), rows.getLong(2),
                            rows.getLong(3), rows.getString(4));
                }
            }
        }
    }

    private static Connection connect() throws Exception {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }

    private static Path postgresDataDirectory() throws Exception {
        try (Connection db = connect(); ResultSet row = db.createStatement().executeQuery("show data_directory")) {
            row.next();
            return Path.of(row.getString(1));
        }
    }
}
