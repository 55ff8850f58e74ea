package id.pantau.cases.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import id.pantau.cases.support.CaseFixtures;
import id.pantau.cases.support.Tokens;
import id.pantau.events.Verdict;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The console's sign-in, headers and language over plain HTTP; the signed-in flows are in ConsoleBrowserTest. */
@QuarkusTest
class ConsoleSecurityTest {

    @Inject
    CaseFixtures fixtures;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String realm;

    @Test
    void aPageWithoutSessionStartsTheCodeFlowWithPkce() {
        given().redirects().follow(false)
                .get("/console/queue")
                .then().statusCode(302)
                .header("Location", allOf(startsWith(realm + "/protocol/openid-connect/auth?"),
                        containsString("client_id=ministry-console"), containsString("response_type=code"),
                        containsString("code_challenge="), containsString("code_challenge_method=S256")));
    }

    @Test
    void theConsoleTakesNoBearerTokenAndTheApiStaysBearerOnly() {
        // an API token is not a console session: the console still asks Keycloak
        given().redirects().follow(false).auth().oauth2(Tokens.user("analyst1"))
                .get("/console/queue")
                .then().statusCode(302);
        // and the API never redirects to a login page
        given().redirects().follow(false).get("/api/v1/cases").then().statusCode(401);
        given().auth().oauth2(Tokens.user("analyst1")).get("/api/v1/cases").then().statusCode(200);
    }

    @Test
    void aPostWithoutSessionChangesNothing() {
        String caseId = fixtures.openCase("tiktok", Verdict.VIOLATION, 3.0);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("legalBasis", "permendag-18-2021-jo-40-2022").formParam("reason", "no session")
                .post("/console/cases/" + caseId + "/propose")
                .then().statusCode(302);
        given().auth().oauth2(Tokens.user("auditor1")).get("/api/v1/cases/" + caseId)
                .then().statusCode(200).body("state", equalTo("OPEN"));
    }

    @Test
    void theApiStillTakesABodilessFormPost() {
        // a form post without body or CSRF token to the API is the API's business (bearer token), not the console's
        var approved = fixtures.approvedCase("tiktok");
        given().auth().oauth2(Tokens.user("auditor1")).get("/api/v1/cases/" + approved.caseId())
                .then().statusCode(200).body("state", equalTo("APPROVED"));
    }

    @Test
    void consolePagesCarryTheSecurityHeaders() {
        given().get("/console/signed-out")
                .then().statusCode(200)
                .header("Content-Security-Policy", allOf(containsString("default-src 'self'"),
                        containsString("script-src 'self'"), containsString("style-src 'self'"),
                        containsString("frame-ancestors 'none'")))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "same-origin");
    }

    @Test
    void indonesianByDefaultEnglishOnRequest() {
        given().get("/console/signed-out").then().statusCode(200)
                .body(allOf(containsString("<html lang=\"id\">"), containsString("Anda telah keluar.")));
        given().cookie(ConsoleLocale.COOKIE, "en").get("/console/signed-out").then().statusCode(200)
                .body(allOf(containsString("<html lang=\"en\">"), containsString("You are signed out.")));
    }

    @Test
    void theLanguageSwitchRemembersTheChoiceAndReturnsOnlyToConsolePages() {
        given().redirects().follow(false).queryParam("to", "en").queryParam("back", "/console/dashboard")
                .get("/console/lang")
                .then().statusCode(303)
                .header("Location", endsWith("/console/dashboard"))
                .header("Set-Cookie", allOf(containsString(ConsoleLocale.COOKIE + "=en"), containsString("HttpOnly"),
                        containsString("SameSite=Lax"), containsString("Path=/console")));
        given().redirects().follow(false).queryParam("to", "en").queryParam("back", "https://evil.example/")
                .get("/console/lang")
                .then().statusCode(303)
                .header("Location", endsWith("/console/queue"));
    }

    @Test
    void stylesAndHtmxComeFromThisServer() {
        given().get("/console/static/console.css").then().statusCode(200).contentType(containsString("text/css"));
        given().get("/webjars/htmx.org/dist/htmx.min.js").then().statusCode(200)
                .body(containsString("htmx"));
    }
}
