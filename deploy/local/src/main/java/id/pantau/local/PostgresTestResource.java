package id.pantau.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Real PostgreSQL for {@code @QuarkusTest}s: one server per JVM (free port, fresh temporary data directory,
 * stopped when the JVM exits), shared by every test class. Register it with
 * {@code @QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)}.
 * <p>
 * The database is {@value #DEFAULT_DATABASE} unless the init argument {@value #DATABASE_ARG} names another
 * ({@code initArgs = @ResourceArg(name = "database", value = "cases")}); it is created if missing.
 * Returns {@code quarkus.datasource.jdbc.url}, {@code quarkus.datasource.reactive.url},
 * {@code quarkus.datasource.username} and {@code quarkus.datasource.password}.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE_ARG = "database";
    public static final String DEFAULT_DATABASE = "pantau";
    /** System property holding the shared server's port. */
    public static final String PORT_PROPERTY = "pantau.local.test.postgres.port";

    private String database = DEFAULT_DATABASE;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault(DATABASE_ARG, DEFAULT_DATABASE);
    }

    @Override
    public Map<String, String> start() {
        int port = sharedPort();
        try {
            EmbeddedPostgres.createDatabaseIfMissing(port, database);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + database, e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + port + "/" + database,
                "quarkus.datasource.reactive.url", "postgresql://localhost:" + port + "/" + database,
                "quarkus.datasource.username", EmbeddedPostgres.USERNAME,
                "quarkus.datasource.password", EmbeddedPostgres.PASSWORD);
    }

    /** Starts the JVM's shared server unless it runs already; returns its port. Usable outside Quarkus too. */
    public static int sharedPort() {
        return Integer.parseInt(JvmShared.getOrStart(PORT_PROPERTY,
                port -> Ports.inUse(Integer.parseInt(port)),
                () -> {
                    EmbeddedPostgres pg;
                    try {
                        pg = EmbeddedPostgres.start(0, Files.createTempDirectory("pantau-test-pg-"), true);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    JvmShared.onShutdown("postgres", pg::stop);
                    return String.valueOf(pg.port());
                }));
    }

    @Override
    public void stop() {
        // Deliberately empty: the server outlives this test class and stops with the JVM.
    }
}
