package id.pantau.cases.support;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Direct SQL on the service's database, for tests that play the part of someone tampering with it. */
@ApplicationScoped
public class Sql {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String username;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    /** Runs one statement with its parameters; returns the rows it changed. */
    public int update(String statement, Object... params) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, username, password)) {
            return run(connection, statement, params);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Plays a tamperer who owns the tables: switches the append-only triggers of {@code table} off, runs the
     * statement and switches them on again, in one transaction so no other session sees them off.
     */
    public int tamper(String table, String statement, Object... params) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, username, password)) {
            connection.setAutoCommit(false);
            run(connection, "alter table " + table + " disable trigger user");
            int changed = run(connection, statement, params);
            run(connection, "alter table " + table + " enable trigger user");
            connection.commit();
            return changed;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int run(Connection connection, String statement, Object... params) throws SQLException {
        try (PreparedStatement prepared = connection.prepareStatement(statement)) {
            for (int i = 0; i < params.length; i++) {
                prepared.setObject(i + 1, params[i]);
            }
            return prepared.executeUpdate();
        }
    }
}
