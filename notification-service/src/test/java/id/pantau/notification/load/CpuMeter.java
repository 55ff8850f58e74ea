package id.pantau.notification.load;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CPU time spent during a load run, so that a throughput figure measured on a shared machine can be
 * judged: this JVM (service, receiver, Kafka) from the OS, PostgreSQL from /proc (its server process,
 * the backends it reaped and the ones still running), and this JVM's threads grouped by name, which
 * shows where the service's own time goes.
 */
final class CpuMeter {

    private static final OperatingSystemMXBean OS = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

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

    static CpuMeter start(long postmasterPid) {
        return new CpuMeter(postmasterPid);
    }

    String report(int deliveries) {
        double jvm = (OS.getProcessCpuTime() - jvmNanos) / 1e9;
        double postgres = postgresSeconds(postmasterPid) - postgresSeconds;
        Map<String, Long> now = threadNanosByGroup();
        String threads = now.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - threadNanos.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 50_000_000L)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> String.format("%s %.1f s", e.getKey(), e.getValue() / 1e9))
                .collect(Collectors.joining(", "));
        // The JIT still compiles during a short run; in a long-running service that cost is gone.
        double jit = now.entrySet().stream().filter(e -> e.getKey().contains("CompilerThre"))
                .mapToLong(e -> e.getValue() - threadNanos.getOrDefault(e.getKey(), 0L)).sum() / 1e9;
        return String.format(
                "LOAD cpu: JVM %.1f s (%.2f ms/delivery; %.2f ms without the JIT compiler's %.1f s), PostgreSQL %.1f s"
                        + " (%.2f ms/delivery), together %.2f ms/delivery (%.2f ms without the JIT)%n"
                        + "LOAD cpu by thread group: %s",
                jvm, jvm * 1000 / deliveries, (jvm - jit) * 1000 / deliveries, jit, postgres,
                postgres * 1000 / deliveries, (jvm + postgres) * 1000 / deliveries,
                (jvm - jit + postgres) * 1000 / deliveries, threads);
    }

    /**
     * This JVM's threads from /proc (so that the JIT compiler and GC threads count too), by name
     * without numbers: "vert.x-eventloop-thread-3" counts as "vert.x-eventloo" (the kernel keeps 15 characters).
     */
    private static Map<String, Long> threadNanosByGroup() {
        Map<String, Long> groups = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                List<String> stat = stat(Path.of(task.toString(), "stat"));
                if (!stat.isEmpty()) {
                    long ticks = Long.parseLong(stat.get(13)) + Long.parseLong(stat.get(14));
                    groups.merge(stat.get(1).replaceAll("\\d+", "#"), ticks * 10_000_000L, Long::sum);
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

    /** The parent of a process: for a PostgreSQL backend, the server. */
    static long parentOf(long pid) {
        List<String> stat = stat(pid);
        return stat.isEmpty() ? -1 : Long.parseLong(stat.get(3));
    }

    /** /proc/pid/stat split into fields, the command (which may hold spaces) as one field. */
    private static List<String> stat(long pid) {
        return stat(Path.of("/proc", String.valueOf(pid), "stat"));
    }

    private static List<String> stat(Path file) {
        try {
            String line = Files.readString(file);
            int close = line.lastIndexOf(')');
            List<String> fields = new java.util.ArrayList<>();
            fields.add(line.substring(0, line.indexOf(' ')));
            fields.add(line.substring(line.indexOf('(') + 1, close));
            fields.addAll(List.of(line.substring(close + 2).trim().split(" ")));
            return fields;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
