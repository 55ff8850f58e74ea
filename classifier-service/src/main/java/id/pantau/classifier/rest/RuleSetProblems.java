package id.pantau.classifier.rest;

import id.pantau.classifier.config.InvalidRuleSetException;
import id.pantau.classifier.service.BadLinesException;
import id.pantau.commons.problem.Problem;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * An invalid rule-set version (on validate or activate) as 422 problem+json, one field error per problem
 * the loader found; the field is the path the loader names ({@code thresholds.review}, {@code rules[2].terms[0]}).
 */
public class RuleSetProblems {

    private static final Pattern RULE_PATH = Pattern.compile("^(rules\\[\\d+])(?: '[^']*')?((?:\\.[A-Za-z]+(?:\\[\\d+])?)*)[: ]");
    private static final Pattern LEADING_PATH = Pattern.compile("^([A-Za-z][\\w.\\[\\]]*)[: ]");

    @ServerExceptionMapper
    public Response invalid(InvalidRuleSetException e) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String error : e.errors()) {
            errors.add(new Problem.FieldError(fieldOf(error), error));
        }
        Problem problem = new Problem("about:blank", "Unprocessable Content", 422,
                "The rule set is not valid: " + String.join("; ", e.errors()), errors);
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** An evaluation set with bad lines: 400, one field error per line ("line 3"). */
    @ServerExceptionMapper
    public Response badLines(BadLinesException e) {
        List<Problem.FieldError> errors = e.lines().stream()
                .map(line -> new Problem.FieldError("line " + line.line(), line.message())).toList();
        Problem problem = new Problem("about:blank", "Bad Request", 400, e.getMessage(), errors);
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    static String fieldOf(String error) {
        Matcher rule = RULE_PATH.matcher(error);
        if (rule.find()) {
            return rule.group(1) + rule.group(2);
        }
        if (error.startsWith("rule '")) {
            return "rules";
        }
        Matcher leading = LEADING_PATH.matcher(error);
        return leading.find() ? leading.group(1) : "document";
    }
}
