package id.pantau.cases.console;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Console pages over HTTP for @TestSecurity tests: reads a page and its CSRF token, posts forms. */
final class ConsolePage {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private ConsolePage() {
    }

    static Response get(String path) {
        return given().redirects().follow(false).get(path);
    }

    /** The CSRF token the signed-in person's forms carry (every page's sign-out form has it). */
    static String csrf() {
        Matcher found = CSRF.matcher(get("/console/dashboard").then().statusCode(200).extract().asString());
        if (!found.find()) {
            throw new AssertionError("no CSRF token on the dashboard");
        }
        return found.group(1);
    }

    static RequestSpecification form(String csrfToken) {
        RequestSpecification form = given().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded");
        return csrfToken == null ? form : form.formParam(ConsoleCsrf.FIELD, csrfToken);
    }
}
