package id.pantau.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Gets access tokens from the local {@code pantau} realm: password grant through {@code ministry-console}
 * (direct grants are enabled there for local testing only) and client credentials. The users, clients and
 * secrets below are the LOCAL ONLY ones of {@code deploy/keycloak/pantau-realm.json}.
 */
public final class KeycloakTokens {

    // Demo users (password = user name).
    public static final String ANALYST = "analyst1";
    /** Analyst and reviewer, for four-eyes tests (a second person next to analyst1/reviewer1). */
    public static final String ANALYST_2 = "analyst2";
    public static final String REVIEWER = "reviewer1";
    /** Supervisor, analyst and reviewer. */
    public static final String SUPERVISOR = "supervisor1";
    /** Only the supervisor role, so role matrices can show what the role alone grants. */
    public static final String SUPERVISOR_ONLY = "supervisor2";
    public static final String AUDITOR = "auditor1";
    public static final String ADMIN = "admin1";
    public static final List<String> USERS = List.of(ANALYST, ANALYST_2, REVIEWER, SUPERVISOR, SUPERVISOR_ONLY, AUDITOR, ADMIN);

    // Clients (secret = "<client id>-local-secret", except the public console).
    public static final String CONSOLE_CLIENT = "ministry-console";
    public static final String TIKTOK = "tiktok";
    public static final String META = "meta";
    public static final String YOUTUBE = "youtube";
    public static final List<String> PLATFORMS = List.of(TIKTOK, META, YOUTUBE);
    public static final String CRAWLER = "crawler";
    public static final String INGESTION_SERVICE = "ingestion-service";
    public static final String CLASSIFIER_SERVICE = "classifier-service";
    public static final String CASE_SERVICE = "case-service";
    public static final String NOTIFICATION_SERVICE = "notification-service";
    /** The service client ids; every token of the realm carries all of them in {@code aud}. */
    public static final List<String> SERVICES =
            List.of(INGESTION_SERVICE, CLASSIFIER_SERVICE, CASE_SERVICE, NOTIFICATION_SERVICE);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private KeycloakTokens() {
    }

    /** The LOCAL ONLY secret of a confidential client: {@code "<clientId>-local-secret"}. */
    public static String secretOf(String clientId) {
        return clientId + "-local-secret";
    }

    /** Access token of a demo user (password = user name) via the ministry-console direct grant. */
    public static String forUser(String baseUrl, String username) {
        return password(baseUrl, username, username);
    }

    /** Access token of a confidential client via client credentials, with its local secret. */
    public static String forClient(String baseUrl, String clientId) {
        return clientCredentials(baseUrl, clientId, secretOf(clientId));
    }

    /**
     * Resource owner password grant through {@code ministry-console}.
     *
     * @param baseUrl Keycloak's base URL, e.g. {@code http://localhost:8180} (no realm path)
     * @throws TokenRequestException if Keycloak refuses (wrong password: HTTP 401 invalid_grant)
     */
    public static String password(String baseUrl, String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", CONSOLE_CLIENT);
        form.put("username", username);
        form.put("password", password);
        form.put("scope", "openid");
        return requestToken(baseUrl, form);
    }

    /**
     * Client credentials grant.
     *
     * @throws TokenRequestException if Keycloak refuses (wrong secret: HTTP 401 unauthorized_client)
     */
    public static String clientCredentials(String baseUrl, String clientId, String secret) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", clientId);
        form.put("client_secret", secret);
        return requestToken(baseUrl, form);
    }

    /** {@code <baseUrl>/realms/pantau/protocol/openid-connect/token} */
    public static String tokenEndpoint(String baseUrl) {
        return KeycloakServer.stripSlash(baseUrl) + "/realms/" + KeycloakServer.REALM + "/protocol/openid-connect/token";
    }

    /** Decodes (without verifying) the payload of a JWT. */
    public static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("not a JWT");
        }
        try {
            return JSON.readTree(java.util.Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String requestToken(String baseUrl, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenEndpoint(baseUrl)))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("token request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw new TokenRequestException(response.statusCode(), response.body());
        }
        try {
            JsonNode token = JSON.readTree(response.body()).get("access_token");
            if (token == null || !token.isTextual()) {
                throw new TokenRequestException(response.statusCode(), response.body());
            }
            return token.asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Keycloak refused a token request; {@link #status()} and {@link #body()} tell why. */
    public static final class TokenRequestException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;
        private final String body;

        public TokenRequestException(int status, String body) {
            super("token request refused: HTTP " + status + " " + body);
            this.status = status;
            this.body = body;
        }

        public int status() {
            return status;
        }

        public String body() {
            return body;
        }
    }
}
