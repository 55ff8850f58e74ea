package id.pantau.cases.console;

import id.pantau.local.Ports;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Runs case-service on 8083 for the browser tests: the pantau realm lets the ministry-console client return
 * only to http://localhost:8083/*, so the sign-in redirect must come back there. classifier-service is
 * played by {@link ClassifierDouble} on a free port.
 */
public class ConsolePortProfile implements QuarkusTestProfile {

    /** Kept in a system property: Quarkus may load this class in more than one class loader. */
    static final int CLASSIFIER_PORT = Integer.parseInt(System.getProperties()
            .computeIfAbsent("pantau.test.console.classifier-port", key -> Integer.toString(Ports.free())).toString());

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.http.test-port", "8083",
                "pantau.classifier.url", "http://localhost:" + CLASSIFIER_PORT);
    }
}
