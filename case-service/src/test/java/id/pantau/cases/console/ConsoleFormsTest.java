package id.pantau.cases.console;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.junit.jupiter.api.Test;

/** Every console form post takes the CSRF token and names its roles: a new action cannot forget either. */
class ConsoleFormsTest {

    @Test
    void everyPostChecksRolesAndTakesTheCsrfToken() {
        List<Method> posts = Arrays.stream(new Class<?>[] {ConsoleResource.class, RuleSetsResource.class, AuditorResource.class})
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(method -> method.isAnnotationPresent(POST.class))
                .toList();
        assertFalse(posts.isEmpty());
        for (Method post : posts) {
            assertTrue(post.isAnnotationPresent(RolesAllowed.class), post + " has no @RolesAllowed");
            boolean takesToken = Arrays.stream(post.getParameters())
                    .map((Parameter p) -> p.getAnnotation(RestForm.class))
                    .anyMatch(form -> form != null && ConsoleCsrf.FIELD.equals(form.value()));
            assertTrue(takesToken, post + " does not take the " + ConsoleCsrf.FIELD + " form field");
        }
    }
}
