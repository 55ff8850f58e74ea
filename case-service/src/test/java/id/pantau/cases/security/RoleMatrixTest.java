package id.pantau.cases.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.pantau.cases.support.Tokens;
import id.pantau.local.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint × every caller (each realm role through a real token, and no token): 401 without a
 * token, 403 for a role the endpoint does not list, and otherwise the status the endpoint gives that
 * request (200, or 404 for the unknown ids used so that no write changes anything real).
 */
@QuarkusTest
class RoleMatrixTest {

    private static final String ANY_CASE = UUID.randomUUID().toString();
    private static final String ANY_NOTICE = UUID.randomUUID().toString();
    private static final Set<String> MINISTRY = Set.of("analyst", "reviewer", "supervisor", "auditor");
    private static final Set<String> OVERSIGHT = Set.of("supervisor", "auditor");
    private static final Set<String> HTTP_METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final Map<String, String> REASON = Map.of("reason", "role matrix");

    /** A caller: a realm user or client with the realm roles it holds (deploy/keycloak), or no token. */
    record Caller(String subject, Set<String> roles, boolean client) {

        String token() {
            return client ? Tokens.platform(subject) : Tokens.user(subject);
        }

        @Override
        public String toString() {
            return subject == null ? "no token" : subject + roles;
        }
    }

    /** One endpoint as the matrix drives it. */
    record Endpoint(String method, String path, Object body, Set<String> roles, int allowedStatus) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /**
     * Every realm role is held by one of these. The realm gives supervisor1 analyst and reviewer too, so
     * supervisor2, who holds the supervisor role alone, is what shows each endpoint's answer to that role.
     */
    private static final List<Caller> CALLERS = List.of(
            new Caller(null, Set.of(), false),
            new Caller("analyst1", Set.of("analyst"), false),
            new Caller("reviewer1", Set.of("reviewer"), false),
            new Caller("supervisor1", Set.of("supervisor", "analyst", "reviewer"), false),
            new Caller(KeycloakTokens.SUPERVISOR_ONLY, Set.of("supervisor"), false),
            new Caller("auditor1", Set.of("auditor"), false),
            new Caller("admin1", Set.of("admin"), false),
            new Caller("tiktok", Set.of("platform"), true),
            new Caller("crawler", Set.of("ingestor"), true));

    private static List<Endpoint> endpoints() {
        String cases = "/api/v1/cases/";
        String notices = "/api/v1/platform/notices/";
        List<Endpoint> all = new ArrayList<>(List.of(
                get("/api/v1/cases", MINISTRY, 200),
                get(cases + ANY_CASE, MINISTRY, 404),
                get(cases + ANY_CASE + "/evidence", MINISTRY, 404),
                post(cases + ANY_CASE + "/propose", Map.of("legalBasis", "uu-7-2014-art-47-1", "reason", "x"), Set.of("analyst"), 404),
                post(cases + ANY_CASE + "/approve", null, Set.of("reviewer"), 404),
                post(cases + ANY_CASE + "/dismiss", REASON, Set.of("analyst", "reviewer"), 404),
                post(cases + ANY_CASE + "/send-back", REASON, Set.of("reviewer"), 404),
                post("/api/v1/cases/bulk/propose", Map.of("caseIds", List.of(ANY_CASE), "legalBasis", "uu-7-2014-art-47-1",
                        "reason", "x"), Set.of("analyst"), 200),
                post("/api/v1/cases/bulk/dismiss", Map.of("caseIds", List.of(ANY_CASE), "reason", "x"),
                        Set.of("analyst", "reviewer"), 200),
                get("/api/v1/legal-bases", MINISTRY, 200),
                get("/api/v1/sla-policies", OVERSIGHT, 200),
                get("/api/v1/sla-policies/rolematrix", OVERSIGHT, 200),
                new Endpoint("PUT", "/api/v1/sla-policies/rolematrix", Map.of("normal", "PT24H", "urgent", "PT4H"),
                        Set.of("supervisor"), 200),
                get("/api/v1/platform-records", OVERSIGHT, 200),
                get("/api/v1/platform-records/rolematrix", OVERSIGHT, 200),
                get("/api/v1/audit", OVERSIGHT, 200),
                get("/api/v1/audit/verify", OVERSIGHT, 200),
                get("/api/v1/accounts/tiktok/nobody-" + ANY_CASE, MINISTRY, 404),
                get("/api/v1/statistics", MINISTRY, 200),
                get("/api/v1/reports/transparency?month=2026-11", OVERSIGHT, 200),
                get("/api/v1/platform/notices", Set.of("platform"), 200),
                get(notices + ANY_NOTICE, Set.of("platform"), 404),
                post(notices + ANY_NOTICE + "/acknowledge", null, Set.of("platform"), 404),
                post(notices + ANY_NOTICE + "/action", Map.of("action", "REMOVED", "reference", "x"), Set.of("platform"), 404),
                post(notices + ANY_NOTICE + "/contest", Map.of("reasonCode", "OTHER", "reason", "x"), Set.of("platform"), 404),
                post(notices + ANY_NOTICE + "/reject", REASON, Set.of("platform"), 404),
                post(notices + ANY_NOTICE + "/clarification-request", REASON, Set.of("platform"), 404),
                post(notices + ANY_NOTICE + "/appeal", Map.of("text", "x"), Set.of("platform"), 404)));
        for (String supervisorOnly : List.of("clarify", "withdraw", "resend", "warning-letter", "close", "reopen")) {
            all.add(post(cases + ANY_CASE + "/" + supervisorOnly, REASON, Set.of("supervisor"), 404));
        }
        return all;
    }

    static Stream<Arguments> matrix() {
        return endpoints().stream().flatMap(endpoint -> CALLERS.stream().map(caller -> Arguments.of(endpoint, caller)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void everyEndpointAnswersEveryRoleAsExpected(Endpoint endpoint, Caller caller) {
        int expected = caller.subject() == null ? 401
                : caller.roles().stream().anyMatch(endpoint.roles()::contains) ? endpoint.allowedStatus() : 403;
        RequestSpecification request = given();
        if (caller.subject() != null) {
            request.auth().oauth2(caller.token());
        }
        if (endpoint.body() != null) {
            request.contentType(ContentType.JSON).body(endpoint.body());
        }
        int status = request.request(endpoint.method(), endpoint.path()).statusCode();
        assertEquals(expected, status, endpoint + " as " + caller);
    }

    /** An endpoint added without a row here would never be checked; the OpenAPI document lists them all. */
    @Test
    void theMatrixCoversEveryOperationOfTheApi() {
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        Set<String> operations = new TreeSet<>();
        paths.forEach((template, methods) -> {
            if (template.startsWith("/api/v1/")) {
                methods.keySet().stream().filter(HTTP_METHODS::contains)
                        .forEach(method -> operations.add(method.toUpperCase() + " " + template));
            }
        });
        Set<String> covered = new TreeSet<>();
        for (Endpoint endpoint : endpoints()) {
            String path = endpoint.path().split("\\?")[0];
            // The most specific template: /cases/bulk/propose is bulk, not the case {id} "bulk".
            operations.stream()
                    .filter(op -> op.startsWith(endpoint.method() + " "))
                    .filter(op -> path.matches(op.substring(op.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "[^/]+")))
                    .min(Comparator.comparingLong(op -> op.chars().filter(c -> c == '{').count()))
                    .ifPresent(covered::add);
        }
        Set<String> uncovered = new TreeSet<>(operations);
        uncovered.removeAll(covered);
        assertEquals(Set.of(), uncovered);
        assertTrue(operations.size() >= endpoints().size(), operations.toString());
    }

    private static Endpoint get(String path, Set<String> roles, int allowedStatus) {
        return new Endpoint("GET", path, null, roles, allowedStatus);
    }

    private static Endpoint post(String path, Object body, Set<String> roles, int allowedStatus) {
        return new Endpoint("POST", path, body, roles, allowedStatus);
    }
}
