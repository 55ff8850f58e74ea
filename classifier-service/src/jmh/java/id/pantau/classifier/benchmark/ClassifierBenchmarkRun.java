package id.pantau.classifier.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs {@link ClassifierBenchmark} from the {@code benchmark} Maven profile (never in the default build)
 * and prints the figures the README records. Forks, iterations and times can be changed with
 * {@code -Djmh.forks}, {@code -Djmh.iterations}, {@code -Djmh.time} (seconds) and {@code -Djmh.warmups}; a JMH
 * profiler is added with {@code -Djmh.prof} ({@code gc} for the allocation per post, {@code stack}).
 */
class ClassifierBenchmarkRun {

    @Test
    void run() throws Exception {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        ChainedOptionsBuilder builder = new OptionsBuilder()
                .include(ClassifierBenchmark.class.getName() + ".*")
                .forks(Integer.getInteger("jmh.forks", 2))
                .warmupIterations(Integer.getInteger("jmh.warmups", 2))
                .warmupTime(org.openjdk.jmh.runner.options.TimeValue.seconds(Integer.getInteger("jmh.time", 2)))
                .measurementIterations(Integer.getInteger("jmh.iterations", 3))
                .measurementTime(org.openjdk.jmh.runner.options.TimeValue.seconds(Integer.getInteger("jmh.time", 2)))
                .jvmArgsAppend("-Xms512m", "-Xmx512m")
                .result("target/jmh-result.json")
                .resultFormat(ResultFormatType.JSON);
        String profiler = System.getProperty("jmh.prof", "");
        if (!profiler.isBlank()) {
            builder.addProfiler(profiler);
        }
        Collection<RunResult> results = new Runner(builder.build()).run();
        double naive = Double.NaN;
        double classify = Double.NaN;
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            Statistics statistics = result.getPrimaryResult().getStatistics();
            if (name.endsWith(".classify")) {
                classify = statistics.getMean();
            } else if (name.endsWith(".naiveRegexPerTerm")) {
                naive = statistics.getMean();
            } else if (name.endsWith(".classifyLatency")) {
                System.out.printf(Locale.ROOT, "Pantau latency per post: p50 %.2f µs, p99 %.2f µs, p99.9 %.2f µs, max %.2f µs%n",
                        statistics.getPercentile(50), statistics.getPercentile(99), statistics.getPercentile(99.9),
                        statistics.getMax());
            }
        }
        System.out.printf(Locale.ROOT, "Pantau throughput on one thread: %.0f posts/s (naive regex per term %.0f posts/s,"
                + " ratio %.2f)%n", classify, naive, classify / naive);
        System.out.printf(Locale.ROOT, "Pantau posts per CPU-second of one thread: %.0f%n", postsPerCpuSecond());
        // Other processes on the machine slow the wall-clock figures down; the load says how much.
        System.out.printf(Locale.ROOT, "Pantau load average (1 min) before the run %.1f, after %.1f, %d cores%n", loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    /**
     * JMH measures wall-clock time, which on a shared machine also counts the time the thread waited for a
     * core. The CPU time of the same work on one thread says what one core does when it is not shared.
     */
    private static double postsPerCpuSecond() {
        ClassifierBenchmark benchmark = new ClassifierBenchmark();
        benchmark.setUp();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 200_000; i++) {
            benchmark.classify();
        }
        int posts = 500_000;
        long cpu = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < posts; i++) {
            benchmark.classify();
        }
        return posts / ((threads.getCurrentThreadCpuTime() - cpu) / 1e9);
    }
}
