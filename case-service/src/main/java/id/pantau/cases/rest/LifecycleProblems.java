package id.pantau.cases.rest;

import id.pantau.cases.domain.TransitionRefused;
import id.pantau.commons.problem.Problem;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A refused transition as problem+json: wrong state and four-eyes are conflicts, not bad requests. */
public class LifecycleProblems {

    @ServerExceptionMapper
    public Response refused(TransitionRefused e) {
        Problem problem = switch (e.why()) {
            case WRONG_STATE -> Problem.of(409, "Conflict", e.getMessage());
            case FOUR_EYES -> Problem.of(409, "Conflict", e.getMessage());
            case ROLE_NOT_ALLOWED -> Problem.of(403, "Forbidden", e.getMessage());
            case MISSING_INPUT -> Problem.of(400, "Bad Request", e.getMessage());
        };
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
