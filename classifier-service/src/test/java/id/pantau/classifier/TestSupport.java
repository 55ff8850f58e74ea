package id.pantau.classifier;

import id.pantau.local.KafkaEvents;
import id.pantau.local.TestTokens;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.ConfigProvider;

/** Tokens and direct database reads for the @QuarkusTests. */
public final class TestSupport {

    private TestSupport() {
    }

    public static String config(String key) {
        return ConfigProvider.getConfig().getValue(key, String.class);
    }

    public static String bootstrap() {
        return config("kafka.bootstrap.servers");
    }

    public static String userToken(String user) {
        return TestTokens.user(user);
    }

    public static String clientToken(String client) {
        return TestTokens.client(client);
    }

    public static String publish(String topic, String key, String type, String json) {
        return KafkaEvents.publish(bootstrap(), topic, key, type, json);
    }

    public static void publish(String topic, String key, String type, String json, String eventId) {
        KafkaEvents.publish(bootstrap(), topic, key, type, json, eventId);
    }

    public static List<KafkaEvents.Event> await(String topic, Predicate<KafkaEvents.Event> match, Duration timeout) {
        return KafkaEvents.await(bootstrap(), topic, match, timeout);
    }

    /** Runs a {@code select count(*)} with the given parameters against the service's database. */
    public static long count(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(config("quarkus.datasource.jdbc.url"),
                config("quarkus.datasource.username"), config("quarkus.datasource.password"));
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
