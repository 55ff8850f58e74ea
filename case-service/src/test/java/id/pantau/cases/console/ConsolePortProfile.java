package id.pantau.cases.console;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Runs case-service on 8083 for the browser tests: the pantau realm lets the ministry-console client return
 * only to http://localhost:8083/*, so the sign-in redirect must come back there.
 */
public class ConsolePortProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.http.test-port", "8083");
    }
}
