package id.pantau.ingestion.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time spent while the load ran, so that an items/s figure from a shared machine can be judged: the test
 * JVM (service, outbox relay, in-JVM Kafka broker and the load client together), split by thread kind, and
 * the PostgreSQL server with its backends. Linux only (reads {@code /proc}).
 */
final class CpuMeter {

    private static final double TICKS_PER_SECOND = 100.0;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final long postmasterPid;
    private Snapshot start;

    /** @param postgresDataDirectory the server's data directory ({@code show data_directory}), or null to skip it */
    CpuMeter(Path postgresDataDirectory) throws IOException {
        this.postmasterPid = postgresDataDirectory == null ? -1
                : Long.parseLong(Files.readAllLines(postgresDataDirectory.resolve("postmaster.pid")).getFirst().trim());
    }

    void start() {
        start = snapshot();
    }

    /** CPU seconds since {@link #start()}: {@code jvm}, {@code postgres} and one entry per JVM thread kind. */
    Map<String, Double> stop() {
        Snapshot end = snapshot();
        Map<String, Double> seconds = new TreeMap<>();
        seconds.put("jvm", (end.jvmNanos - start.jvmNanos) / 1e9);
        seconds.put("postgres", (end.postgresTicks - start.postgresTicks) / TICKS_PER_SECOND);
        Map<String, Long> kinds = new HashMap<>();
        end.threadNanos.forEach((id, nanos) -> {
            long before = start.threadNanos.getOrDefault(id, 0L);
            kinds.merge(end.threadKinds.get(id), nanos - before, Long::sum);
        });
        kinds.forEach((kind, nanos) -> {
            if (nanos > 50_000_000L) {
                seconds.put("thread " + kind, nanos / 1e9);
            }
        });
        return seconds;
    }

    private Snapshot snapshot() {
        Snapshot snapshot = new Snapshot();
        snapshot.jvmNanos = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long nanos = threads.getThreadCpuTime(info.getThreadId());
            if (nanos > 0) {
                snapshot.threadNanos.put(info.getThreadId(), nanos);
                // vert.x-eventloop-thread-3 and executor-thread-12 are one kind each.
                snapshot.threadKinds.put(info.getThreadId(), info.getThreadName().replaceAll("[-_ ]?\\d+", ""));
            }
        }
        if (postmasterPid > 0) {
            snapshot.postgresTicks = ProcessHandle.of(postmasterPid)
                    .map(p -> Stream.concat(Stream.of(p), p.descendants()).mapToLong(CpuMeter::ticks).sum())
                    .orElse(0L);
        }
        return snapshot;
    }

    /** utime + stime of a live process, in clock ticks. */
    private static long ticks(ProcessHandle process) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
            // The command name may hold spaces; the fields after it are fixed.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static final class Snapshot {
        long jvmNanos;
        long postgresTicks;
        final Map<Long, Long> threadNanos = new HashMap<>();
        final Map<Long, String> threadKinds = new HashMap<>();
    }
}
