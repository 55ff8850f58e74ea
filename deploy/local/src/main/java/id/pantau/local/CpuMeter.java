package id.pantau.local;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time spent during a load run, so that a throughput figure measured on a shared machine can be
 * judged: this JVM (service, load client, in-JVM Kafka) from the OS, PostgreSQL from /proc (its server
 * process, the backends it reaped and the ones still running), and this JVM's threads grouped by name
 * from /proc, so that the JIT compiler and GC threads count too. Linux only.
 */
public final class CpuMeter {

    private static final OperatingSystemMXBean OS = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux
    /** Thread groups below this are noise and left out of {@link Usage#threadSeconds()}. */
    private static final long THREAD_NOISE_NANOS = 50_000_000L;

    private final long postmasterPid;
    private final long jvmNanos;
    private final double postgresSeconds;
    private final Map<String, Long> threadNanos;

    private CpuMeter(long postmasterPid) {
        this.postmasterPid = postmasterPid;
        this.jvmNanos = OS.getProcessCpuTime();
        this.postgresSeconds = postgresSeconds(postmasterPid);
        this.threadNanos = threadNanosByGroup();
    }

    /** Starts measuring now; {@code postmasterPid} 0 or less leaves PostgreSQL out. */
    public static CpuMeter start(long postmasterPid) {
        return new CpuMeter(postmasterPid);
    }

    /** The PostgreSQL server's pid, from {@code postmaster.pid} in its data directory ({@code show data_directory}). */
    public static long postmasterPid(Path dataDirectory) throws IOException {
        return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).getFirst().trim());
    }

    /** The parent of a process: for a PostgreSQL backend ({@code select pg_backend_pid()}), the server. */
    public static long parentOf(long pid) {
        List<String> stat = stat(pid);
        return stat.isEmpty() ? -1 : Long.parseLong(stat.get(3));
    }

    /** CPU seconds since {@link #start(long)}. */
    public Usage stop() {
        double jvm = (OS.getProcessCpuTime() - jvmNanos) / 1e9;
        double postgres = postgresSeconds(postmasterPid) - postgresSeconds;
        Map<String, Double> threads = new TreeMap<>();
        threadNanosByGroup().forEach((group, nanos) -> {
            long spent = nanos - threadNanos.getOrDefault(group, 0L);
            if (spent > THREAD_NOISE_NANOS) {
                threads.put(group, spent / 1e9);
            }
        });
        // The JIT still compiles during a short run; in a long-running service that cost is gone.
        double jit = threads.entrySet().stream().filter(e -> e.getKey().contains("CompilerThre"))
                .mapToDouble(Map.Entry::getValue).sum();
        return new Usage(jvm, postgres, jit, threads);
    }

    /**
     * @param threadSeconds this JVM's threads by name without numbers ("vert.x-eventloo" for
     *        "vert.x-eventloop-thread-3": the kernel keeps 15 characters), the ones above 50 ms
     */
    public record Usage(double jvmSeconds, double postgresSeconds, double jitSeconds, Map<String, Double> threadSeconds) {

        /** {@code jvm}, {@code postgres} and {@code thread <group>}, by name. */
        public Map<String, Double> bySource() {
            Map<String, Double> seconds = new TreeMap<>();
            seconds.put("jvm", jvmSeconds);
            seconds.put("postgres", postgresSeconds);
            threadSeconds.forEach((group, s) -> seconds.put("thread " + group, s));
            return seconds;
        }
    }

    private static Map<String, Long> threadNanosByGroup() {
        Map<String, Long> groups = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                List<String> stat = stat(task.resolve("stat"));
                if (!stat.isEmpty()) {
                    long ticks = Long.parseLong(stat.get(13)) + Long.parseLong(stat.get(14));
                    groups.merge(stat.get(1).replaceAll("\\d+", "#"), ticks * (long) (1e9 / TICKS_PER_SECOND),
                            Long::sum);
                }
            }
        } catch (IOException e) {
            return groups;
        }
        return groups;
    }

    private static double postgresSeconds(long postmasterPid) {
        if (postmasterPid <= 0) {
            return 0;
        }
        List<String> self = stat(postmasterPid);
        if (self.isEmpty()) {
            return 0;
        }
        // utime, stime, and the reaped children's cutime, cstime (fields 14 to 17)
        long ticks = Long.parseLong(self.get(13)) + Long.parseLong(self.get(14)) + Long.parseLong(self.get(15))
                + Long.parseLong(self.get(16));
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.toList()) {
                String name = process.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                List<String> child = stat(Long.parseLong(name));
                if (!child.isEmpty() && Long.parseLong(child.get(3)) == postmasterPid) {
                    ticks += Long.parseLong(child.get(13)) + Long.parseLong(child.get(14));
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks / TICKS_PER_SECOND;
    }

    /** /proc/pid/stat split into fields, the command (which may hold spaces) as one field. */
    private static List<String> stat(long pid) {
        return stat(Path.of("/proc", String.valueOf(pid), "stat"));
    }

    private static List<String> stat(Path file) {
        try {
            String line = Files.readString(file);
            int close = line.lastIndexOf(')');
            List<String> fields = new ArrayList<>();
            fields.add(line.substring(0, line.indexOf(' ')));
            fields.add(line.substring(line.indexOf('(') + 1, close));
            fields.addAll(List.of(line.substring(close + 2).trim().split(" ")));
            return fields;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
