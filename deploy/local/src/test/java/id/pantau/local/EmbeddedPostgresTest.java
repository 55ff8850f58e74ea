package id.pantau.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresTest {

    @Test
    void startsCreatesDatabaseAndAnswersSql() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.startTemporary()) {
            pg.createDatabaseIfMissing("sample");
            pg.createDatabaseIfMissing("sample"); // idempotent

            assertEquals("jdbc:postgresql://localhost:" + pg.port() + "/sample", pg.jdbcUrl("sample"));
            assertEquals("postgresql://localhost:" + pg.port() + "/sample", pg.reactiveUrl("sample"));
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("sample"), pg.username(), pg.password());
                 Statement st = c.createStatement()) {
                st.execute("CREATE TABLE item (id int PRIMARY KEY, name text NOT NULL)");
                st.execute("INSERT INTO item VALUES (1, 'one'), (2, 'two')");
                try (ResultSet rs = st.executeQuery("SELECT current_database(), count(*), max(name) FROM item")) {
                    assertTrue(rs.next());
                    assertEquals("sample", rs.getString(1));
                    assertEquals(2, rs.getInt(2));
                    assertEquals("two", rs.getString(3));
                }
            }
        }
    }

    @Test
    void persistentDataDirectorySurvivesRestart(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("pg");
        int port;
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(0, data, false)) {
            port = pg.port();
            pg.createDatabaseIfMissing("kept");
            try (Connection c = pg.connect("kept"); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE note (body text)");
                st.execute("INSERT INTO note VALUES ('still here')");
            }
        }
        assertTrue(Files.exists(data.resolve("PG_VERSION")), "a persistent cluster is kept on stop");
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(port, data, false);
             Connection c = pg.connect("kept");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT body FROM note")) {
            assertTrue(rs.next());
            assertEquals("still here", rs.getString(1));
        }
    }

    @Test
    void cleanInstanceDeletesItsDataOnStop(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("pg");
        Files.createDirectories(data);
        Files.writeString(data.resolve("leftover"), "x"); // initdb would refuse a non-empty directory
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(0, data, true)) {
            assertTrue(Files.exists(data.resolve("PG_VERSION")));
        }
        assertFalse(Files.exists(data));
    }

    @Test
    void testResourceReturnsDatasourceConfig() throws Exception {
        PostgresTestResource resource = new PostgresTestResource();
        resource.init(Map.of(PostgresTestResource.DATABASE_ARG, "cases"));
        Map<String, String> config = resource.start();
        int port = PostgresTestResource.sharedPort();
        assertEquals("jdbc:postgresql://localhost:" + port + "/cases", config.get("quarkus.datasource.jdbc.url"));
        assertEquals("postgresql://localhost:" + port + "/cases", config.get("quarkus.datasource.reactive.url"));
        assertEquals("postgres", config.get("quarkus.datasource.username"));
        assertEquals("postgres", config.get("quarkus.datasource.password"));
        // a second test class gets the same server
        assertEquals(config, new PostgresTestResource() {{ init(Map.of("database", "cases")); }}.start());
        try (Connection c = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"), "postgres", "postgres");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT 1")) {
            assertTrue(rs.next());
        }
    }
}
