package id.pantau.notification.load;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.pantau.events.NoticeRequested;
import id.pantau.local.CpuMeter;
import id.pantau.notification.Notices;
import id.pantau.notification.Settings;
import id.pantau.notification.Tokens;
import id.pantau.notification.WebhookReceiver;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The delivery figure of the README: N due deliveries written straight into the table (as a burst of
 * notice.requested would leave them), then the time until every one is DELIVERED by a signed POST to a
 * local receiver that verifies each signature. Only with {@code -Dpantau.load=true}; knobs
 * {@code -Dpantau.load.deliveries} (default 4000), {@code -Dpantau.load.warm-up} (default 300) and
 * {@code -Dpantau.load.min-rate} (default 200/s). Prints the CPU time the run cost ({@link CpuMeter}).
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "pantau.load", matches = "true")
class WebhookLoadTest {

    private final WebhookReceiver receiver = WebhookReceiver.start();

    @AfterEach
    void shopeeAsSeeded() {
        Settings.restore("shopee");
        receiver.stop();
    }

    @Test
    void deliversAtLeastTheTargetRatePerSecond() throws Exception {
        int count = Integer.getInteger("pantau.load.deliveries", 4000);
        double minRate = Double.parseDouble(System.getProperty("pantau.load.min-rate", "200"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(), "secret", receiver.secret()))
                .when().put("/api/v1/platforms/shopee/endpoint").then().statusCode(200);
        Map<String, Object> unlimited = Settings.defaults("shopee");
        unlimited.put("ratePerSecond", 10_000);
        Settings.apply("shopee", unlimited);

        int warmUp = Integer.getInteger("pantau.load.warm-up", 300);
        run(UUID.randomUUID(), warmUp); // warm-up: JIT, connection pools
        UUID run = UUID.randomUUID();
        CpuMeter cpu = CpuMeter.start(postgresServerPid());
        long started = System.nanoTime();
        run(run, count);
        double seconds = (System.nanoTime() - started) / 1e9;
        double rate = count / seconds;
        System.out.println(cpuReport(cpu.stop(), count));

        long calls = receiver.callsFor(null).size();
        Set<String> keys = new HashSet<>();
        long valid = 0;
        for (WebhookReceiver.Call call : receiverCalls()) {
            if (call.signatureValid()) {
                valid++;
            }
            keys.add(call.idempotencyKey());
        }
        System.out.printf("LOAD webhook deliveries: %d in %.2f s = %.0f/s (receiver got %d calls, %d valid signatures, %d distinct notices over warm-up and run)%n",
                count, seconds, rate, receiverCalls().size(), valid, keys.size());
        assertEquals(0, calls, "every body names its notice");
        assertEquals(receiverCalls().size(), valid, "every signature verifies");
        assertEquals(receiverCalls().size(), keys.size(), "no notice was sent twice");
        assertTrue(rate >= minRate, String.format("%.0f/s is below the target of %.0f/s", rate, minRate));
    }

    private java.util.List<WebhookReceiver.Call> receiverCalls() {
        return receiver.calls();
    }

    /** Inserts the deliveries in one transaction and waits until all are DELIVERED. */
    private static void run(UUID caseId, int count) throws SQLException, InterruptedException {
        try (Connection db = connect()) {
            db.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            try (var insert = db.prepareStatement("""
                    insert into delivery (id, notice_id, case_id, platform, payload, status, attempts, attempts_in_round,
                                          next_attempt_at, round_started_at, created_at, updated_at, version)
                    values (?, ?, ?, 'shopee', ?, 'PENDING', 0, 0, ?, ?, ?, ?, 0)""")) {
                for (int i = 0; i < count; i++) {
                    NoticeRequested notice = Notices.notice("shopee");
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, notice.noticeId());
                    insert.setObject(3, caseId);
                    insert.setString(4, Notices.json(notice));
                    for (int p = 5; p <= 8; p++) {
                        insert.setTimestamp(p, now);
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            db.commit();
            db.setAutoCommit(true);
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            try (var delivered = db.prepareStatement(
                    "select count(*) from delivery where case_id = ? and status = 'DELIVERED'")) {
                delivered.setObject(1, caseId);
                while (System.nanoTime() < deadline) {
                    try (var result = delivered.executeQuery()) {
                        result.next();
                        if (result.getInt(1) == count) {
                            return;
                        }
                    }
                    Thread.sleep(50); // polling the table, not waiting for time to pass
                }
            }
            throw new AssertionError("Not all " + count + " deliveries were DELIVERED within 5 minutes");
        }
    }

    /** The test's PostgreSQL server, as the parent of this connection's backend (read while it runs). */
    private static String cpuReport(CpuMeter.Usage cpu, int deliveries) {
        double jvm = cpu.jvmSeconds();
        double jit = cpu.jitSeconds();
        double postgres = cpu.postgresSeconds();
        String threads = cpu.threadSeconds().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(e -> String.format("%s %.1f s", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
        return String.format(
                "LOAD cpu: JVM %.1f s (%.2f ms/delivery; %.2f ms without the JIT compiler's %.1f s), PostgreSQL %.1f s"
                        + " (%.2f ms/delivery), together %.2f ms/delivery (%.2f ms without the JIT)%n"
                        + "LOAD cpu by thread group: %s",
                jvm, jvm * 1000 / deliveries, (jvm - jit) * 1000 / deliveries, jit, postgres,
                postgres * 1000 / deliveries, (jvm + postgres) * 1000 / deliveries,
                (jvm - jit + postgres) * 1000 / deliveries, threads);
    }

    private static long postgresServerPid() throws SQLException {
        try (Connection db = connect(); var result = db.createStatement().executeQuery("select pg_backend_pid()")) {
            result.next();
            return CpuMeter.parentOf(result.getLong(1));
        }
    }

    private static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }
}
