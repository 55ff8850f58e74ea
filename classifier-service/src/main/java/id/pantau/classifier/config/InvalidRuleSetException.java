package id.pantau.classifier.config;

import java.util.List;

/**
 * A rule set that cannot be used, with every problem found (each one names where it is: {@code thresholds},
 * {@code rules[2] 'a'.terms[0]}); at startup it stops the service, over the API it is a 400 listing them.
 */
public class InvalidRuleSetException extends RuntimeException {

    private final List<String> errors;

    public InvalidRuleSetException(String message) {
        this(message, List.of());
    }

    public InvalidRuleSetException(String message, List<String> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public InvalidRuleSetException(String message, Throwable cause) {
        super(message, cause);
        this.errors = List.of();
    }

    public List<String> errors() {
        return errors;
    }
}
