package id.pantau.classifier.config;

/** A rule set file that cannot be used; thrown at startup so that a bad policy never goes live. */
public class InvalidRuleSetException extends RuntimeException {

    public InvalidRuleSetException(String message) {
        super(message);
    }

    public InvalidRuleSetException(String message, Throwable cause) {
        super(message, cause);
    }
}
