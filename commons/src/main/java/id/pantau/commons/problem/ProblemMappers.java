package id.pantau.commons.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.Priorities;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.StaleObjectStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every refusal into problem+json. Security failures (401/403) are left to Quarkus, which
 * answers them before a resource runs; unexpected errors stay 500s so that they are noticed.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(Problem.of(e.status(), e.title(), e.getMessage()));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(invalidFields(errors));
    }

    /**
     * JSON of the right syntax but the wrong shape: a field of the wrong type, an unparseable instant, an
     * array instead of an object. Quarkus REST's built-in mapper for this exception is more specific than
     * the JsonProcessingException one below and would answer plain JSON; the priority makes ours win.
     */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response mismatched(MismatchedInputException e) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        if (field.isEmpty()) {
            return respond(Problem.of(400, "Bad Request", "The body must be a JSON object of the documented shape."));
        }
        return respond(invalidFields(List.of(new Problem.FieldError(field, expected(e.getTargetType())))));
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return respond(Problem.of(400, "Bad Request", "The body is not valid JSON for this request: " + e.getOriginalMessage()));
    }

    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e) {
        return respond(Problem.of(409, "Conflict", "The resource was changed by someone else; reload and try again."));
    }

    @ServerExceptionMapper
    public Response concurrentChange(StaleObjectStateException e) {
        return respond(Problem.of(409, "Conflict", "The resource was changed by someone else; reload and try again."));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        return respond(Problem.of(status.getStatusCode(), status.getReasonPhrase(), e.getMessage()));
    }

    private static Problem invalidFields(List<Problem.FieldError> errors) {
        String detail = errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; "));
        return new Problem("about:blank", "Bad Request", 400, "The request is not valid: " + detail + ".", errors);
    }

    private static String expected(Class<?> type) {
        if (type == Instant.class) {
            return "must be an ISO-8601 instant such as 2024-03-01T10:15:30Z";
        }
        if (type == String.class) {
            return "must be a string";
        }
        return "has the wrong type";
    }

    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // "submit.request.text" -> "text": callers know their body, not our method names.
        int lastDot = path.lastIndexOf('.');
        return lastDot < 0 ? path : path.substring(lastDot + 1);
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
