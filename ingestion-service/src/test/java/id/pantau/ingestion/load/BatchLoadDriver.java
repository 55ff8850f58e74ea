package id.pantau.ingestion.load;

import id.pantau.local.CpuMeter;
import id.pantau.local.KeycloakTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives {@code POST /api/v1/content/batch} (items/s) and {@code POST /api/v1/content} (p99 latency)
 * against a running ingestion-service. Not part of the build: run through {@code BatchLoadTest} or as a main.
 *
 * <pre>java -cp ... id.pantau.ingestion.load.BatchLoadDriver http://localhost:8081 http://localhost:8180 200 4</pre>
 */
public final class BatchLoadDriver {

    public record Figures(String prefix, int warmUpBatches, int batches, int batchSize, int concurrency,
            long accepted, long rejected, double seconds, double itemsPerSecond, double publishedSeconds, int singles,
            double singleP50Millis, double singleP99Millis, Map<String, Double> cpuSeconds) {

        /** Items per second from the first batch sent to the last of their events published. */
        public double publishedPerSecond() {
            return accepted / publishedSeconds;
        }

        @Override
        public String toString() {
            StringBuilder cpu = new StringBuilder();
            cpuSeconds.forEach((what, s) -> cpu.append(String.format("%n  cpu %s: %.1f s = %.3f s per 1,000 items",
                    what, s, s * 1000 / Math.max(1, accepted))));
            return String.format("after %d warm-up batches, batch: %d x %d items, %d concurrent: %d accepted, "
                    + "%d other in %.2f s = %.0f items/s; all published after %.2f s = %.0f items/s; "
                    + "single: %d posts p50 %.1f ms, p99 %.1f ms", warmUpBatches, batches, batchSize, concurrency,
                    accepted, rejected, seconds, itemsPerSecond, publishedSeconds, publishedPerSecond(), singles,
                    singleP50Millis, singleP99Millis) + cpu;
        }
    }

    /**
     * Waits until the service has published every event of what it accepted (its outbox is empty). Called after
     * the warm-up, so that the measurement does not start with a backlog, and after the batches, so that the
     * relay's work counts in the time and the CPU figures.
     */
    @FunctionalInterface
    public interface Drain {
        void await() throws Exception;
    }

    /** Asked after each warm-up round (drained): has the service reached the state it runs in for hours? */
    @FunctionalInterface
    public interface Steady {
        boolean reached();
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI batchUri;
    private final URI singleUri;
    private final String token;

    public BatchLoadDriver(String baseUrl, String token) {
        this.batchUri = URI.create(baseUrl + "/api/v1/content/batch");
        this.singleUri = URI.create(baseUrl + "/api/v1/content");
        this.token = token;
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = args.length > 0 ? args[0] : "http://localhost:8081";
        String keycloak = args.length > 1 ? args[1] : "http://localhost:8180";
        int batches = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        var driver = new BatchLoadDriver(baseUrl, KeycloakTokens.forClient(keycloak, KeycloakTokens.CRAWLER));
        // Against a service started on its own the driver cannot see its outbox: the published rate is the API rate.
        System.out.println(driver.run(Math.max(1, batches / 10), 1, () -> true, batches, 1000, concurrency, 500, null,
                () -> { }));
    }

    /**
     * Warm-up rounds of {@code warmUpBatches} (not counted in the figures, but stored) until {@code steady} says so
     * or {@code warmUpRounds} are done (the JIT compiler's work in the measured phase is counted, so too short a
     * warm-up understates a running service), then the measurement: the batches, then {@code drain} until their
     * events are out. The CPU time of batches and drain is measured when the PostgreSQL server's
     * {@code postmasterPid} is given (only when the service runs in this JVM, on this host: the tests; null from
     * {@link #main}).
     */
    Figures run(int warmUpBatches, int warmUpRounds, Steady steady, int batches, int batchSize, int concurrency,
            int singles, Long postmasterPid, Drain drain) throws Exception {
        String prefix = "load-" + UUID.randomUUID() + "-";
        int round = 0;
        do {
            round++;
            measureBatches(prefix + "warm-" + round + "-", warmUpBatches, batchSize, concurrency);
            drain.await();
        } while (round < warmUpRounds && !steady.reached());
        long[] counts = new long[2];
        CpuMeter meter = postmasterPid == null ? null : CpuMeter.start(postmasterPid);
        long start = System.nanoTime();
        double seconds = measureBatches(prefix, batches, batchSize, concurrency, counts);
        drain.await();
        double publishedSeconds = (System.nanoTime() - start) / 1e9;
        Map<String, Double> cpu = meter == null ? Map.of() : meter.stop().bySource();
        double[] latencies = measureSingles(prefix + "single-", singles);
        return new Figures(prefix, round * warmUpBatches, batches, batchSize, concurrency, counts[0], counts[1],
                seconds, counts[0] / seconds, publishedSeconds, singles, percentile(latencies, 0.50),
                percentile(latencies, 0.99), cpu);
    }

    private double measureBatches(String prefix, int batches, int batchSize, int concurrency) throws Exception {
        return measureBatches(prefix, batches, batchSize, concurrency, new long[2]);
    }

    private double measureBatches(String prefix, int batches, int batchSize, int concurrency, long[] counts)
            throws Exception {
        // Bodies are built up front so that the client's JSON work does not count against the server.
        List<byte[]> bodies = new ArrayList<>();
        for (int b = 0; b < batches; b++) {
            StringBuilder body = new StringBuilder("[");
            for (int i = 0; i < batchSize; i++) {
                if (i > 0) {
                    body.append(',');
                }
                body.append(item(prefix + b + "-" + i));
            }
            bodies.add(body.append(']').toString().getBytes(StandardCharsets.UTF_8));
        }
        AtomicInteger next = new AtomicInteger();
        AtomicLong accepted = new AtomicLong();
        AtomicLong other = new AtomicLong();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < concurrency; w++) {
                workers.add(pool.submit(() -> {
                    for (int b = next.getAndIncrement(); b < bodies.size(); b = next.getAndIncrement()) {
                        String response = post(batchUri, bodies.get(b), 200);
                        long ok = count(response, "\"status\":\"ACCEPTED\"");
                        accepted.addAndGet(ok);
                        other.addAndGet(batchSize - ok);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        counts[0] = accepted.get();
        counts[1] = other.get();
        return seconds;
    }

    private double[] measureSingles(String prefix, int singles) throws Exception {
        double[] millis = new double[singles];
        for (int i = 0; i < singles; i++) {
            byte[] body = item(prefix + i).getBytes(StandardCharsets.UTF_8);
            long start = System.nanoTime();
            post(singleUri, body, 202);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return millis;
    }

    private String post(URI uri, byte[] body, int expected) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String item(String externalId) {
        return "{\"platform\":\"tiktok\",\"externalId\":\"" + externalId + "\",\"url\":\"https://www.tiktok.com/@thrift.bdg/video/"
                + externalId + "\",\"authorId\":\"author-42\",\"authorHandle\":\"@thrift.bdg\",\"text\":\"Bongkar bal thrift "
                + "import Korea, hidden gem cuma 25rb! #thrift #bongkarbal " + externalId
                + "\",\"postedAt\":\"2024-03-01T10:15:30Z\"}";
    }

    private static long count(String haystack, String needle) {
        long n = 0;
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length())) {
            n++;
        }
        return n;
    }

    private static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
