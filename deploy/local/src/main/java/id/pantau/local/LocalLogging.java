package id.pantau.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the in-JVM Kafka node and zonky quiet (WARN). Logging goes slf4j -> JBoss LogManager (slf4j-jboss-logmanager
 * comes with Quarkus), so the levels are set on JBoss LogManager loggers, which also back
 * {@code java.util.logging} when it is the installed log manager (tests, Quarkus).
 */
public final class LocalLogging {

    private static final List<String> KAFKA_CATEGORIES = List.of(
            "kafka", "org.apache.kafka", "state.change.logger");

    // Strong references: a logger's level must not vanish with a garbage-collected logger.
    private static final List<Logger> PINNED = new java.util.concurrent.CopyOnWriteArrayList<>();

    private LocalLogging() {
    }

    public static void quietKafka() {
        for (String category : KAFKA_CATEGORIES) {
            warn(category);
        }
    }

    /** zonky's own messages; the server's output goes to a log file anyway. */
    public static void quietPostgres() {
        warn("io.zonky.test.db.postgres");
    }

    /** The last {@code lines} lines of a text file, or a note why there are none. */
    public static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(" + file + " not readable: " + e + ")";
        }
    }

    private static void warn(String category) {
        try {
            Logger jboss = org.jboss.logmanager.Logger.getLogger(category);
            jboss.setLevel(Level.WARNING);
            PINNED.add(jboss);
        } catch (LinkageError e) {
            // no JBoss LogManager on the class path: fall through to plain java.util.logging
        }
        Logger jul = Logger.getLogger(category);
        jul.setLevel(Level.WARNING);
        PINNED.add(jul);
    }
}
