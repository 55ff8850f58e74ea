package id.pantau.cases.console;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

/**
 * Roles and CSRF of the rule-set actions, checked before classifier-service is asked; the signed-in flows
 * against the classifier's contract (versions, diff, evaluation, activation) are in ConsoleBrowserTest.
 */
@QuarkusTest
class ConsoleRuleSetsTest {

    @Test
    @TestSecurity(user = "reviewer1", roles = "reviewer")
    void reviewersNeitherEvaluateNorActivate() {
        String token = ConsolePage.csrf();
        ConsolePage.form(token).formParam("items", "{\"text\":\"bongkar bal\",\"label\":\"VIOLATION\"}")
                .post("/console/rules/3/evaluate").then().statusCode(403);
        ConsolePage.form(token).post("/console/rules/3/activate").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "analyst1", roles = "analyst")
    void analystsEvaluateButDoNotActivate() {
        ConsolePage.form(ConsolePage.csrf()).post("/console/rules/3/activate").then().statusCode(403);
        ConsolePage.form(null).formParam("items", "{\"text\":\"bongkar bal\",\"label\":\"VIOLATION\"}")
                .post("/console/rules/3/evaluate").then().statusCode(400);
        ConsolePage.form(ConsolePage.csrf()).formParam("items", " ")
                .post("/console/rules/3/evaluate").then().statusCode(400);
        ConsolePage.form(ConsolePage.csrf()).formParam("items", "{\"text\":\"x\",\"label\":\"CLEAR\"}")
                .post("/console/rules/zero/evaluate").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "supervisor2", roles = "supervisor")
    void activationNeedsTheCsrfToken() {
        ConsolePage.form(null).post("/console/rules/3/activate").then().statusCode(400);
        ConsolePage.get("/console/rules/diff?from=x&to=2").then().statusCode(400);
    }
}
