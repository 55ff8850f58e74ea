package id.pantau.ingestion.rest.validation;

import id.pantau.events.Platforms;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.stream.Collectors;

public class KnownPlatformValidator implements ConstraintValidator<KnownPlatform, String> {

    private static final String KNOWN = Platforms.KNOWN.stream().sorted().collect(Collectors.joining(", "));

    private String message;

    @Override
    public void initialize(KnownPlatform annotation) {
        message = annotation.message() + "; known platforms are: " + KNOWN;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || Platforms.isKnown(value)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
        return false;
    }
}
