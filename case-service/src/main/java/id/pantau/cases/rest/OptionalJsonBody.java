package id.pantau.cases.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

/**
 * Reads a body that callers may leave out entirely, with or without a Content-Type: a typed body
 * parameter would make RESTEasy answer 415 to a bare POST. Bad JSON and invalid values fail the same
 * way a typed body would (400 problem+json through the commons mappers).
 */
@ApplicationScoped
public class OptionalJsonBody {

    private final ObjectMapper json;
    private final Validator validator;

    public OptionalJsonBody(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    public <T> T read(String body, Class<T> type, T whenAbsent) throws JsonProcessingException {
        if (body == null || body.isBlank()) {
            return whenAbsent;
        }
        T value = json.readValue(body, type);
        if (value == null) {
            return whenAbsent;
        }
        var violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return value;
    }
}
