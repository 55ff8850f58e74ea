package id.pantau.ingestion.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import id.pantau.commons.problem.Problem;
import id.pantau.ingestion.domain.Submission;
import id.pantau.ingestion.service.PlatformScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns one item of a batch or one line of a stream into a submission, or into the problem that
 * {@code POST /api/v1/content} would have answered for it as a whole body.
 */
@ApplicationScoped
public class ItemReader {

    private final ObjectMapper json;
    private final Validator validator;

    public ItemReader(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** Either {@code submission} or {@code problem} is set. */
    public record Read(Submission submission, Problem problem) {
        static Read refused(Problem problem) {
            return new Read(null, problem);
        }
    }

    public Read line(byte[] bytes, PlatformScope scope) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return Read.refused(badRequest("The line is not valid UTF-8."));
        }
        if (text.isBlank()) {
            return Read.refused(badRequest("The line is empty; every line must be one JSON object."));
        }
        try {
            return item(json.readTree(text), scope);
        } catch (JsonProcessingException e) {
            return Read.refused(badRequest("The line is not valid JSON: " + e.getOriginalMessage()));
        }
    }

    public Read item(JsonNode node, PlatformScope scope) {
        if (node == null || !node.isObject()) {
            return Read.refused(badRequest("The item must be a JSON object of the documented shape."));
        }
        SubmitContentRequest request;
        try {
            request = json.treeToValue(node, SubmitContentRequest.class);
        } catch (MismatchedInputException e) {
            return Read.refused(invalid(List.of(new Problem.FieldError(field(e), expected(e.getTargetType())))));
        } catch (JsonProcessingException e) {
            return Read.refused(badRequest("The item is not valid: " + e.getOriginalMessage()));
        }
        List<Problem.FieldError> errors = validator.validate(request).stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        if (!errors.isEmpty()) {
            return Read.refused(invalid(errors));
        }
        if (!scope.covers(request.platform())) {
            return Read.refused(Problem.of(403, "Forbidden",
                    "A platform client may only submit content of its own platform."));
        }
        return new Read(request.toSubmission(), null);
    }

    private static Problem badRequest(String detail) {
        return Problem.of(400, "Bad Request", detail);
    }

    // Same wording as commons' ProblemMappers, so an item reads like the single endpoint's answer.
    private static Problem invalid(List<Problem.FieldError> errors) {
        String detail = errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; "));
        return new Problem("about:blank", "Bad Request", 400, "The item is not valid: " + detail + ".", errors);
    }

    private static String field(MismatchedInputException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    /** The path within the item, e.g. {@code texts.caption} or {@code media[0].sha256}. */
    private static String field(ConstraintViolation<?> violation) {
        return violation.getPropertyPath().toString().replace(".<list element>", "");
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
}
