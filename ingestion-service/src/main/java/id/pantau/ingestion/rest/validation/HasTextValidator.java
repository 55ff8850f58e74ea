package id.pantau.ingestion.rest.validation;

import id.pantau.ingestion.rest.SubmitContentRequest;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class HasTextValidator implements ConstraintValidator<HasText, SubmitContentRequest> {

    @Override
    public boolean isValid(SubmitContentRequest request, ConstraintValidatorContext context) {
        if (request == null || !request.combinedText().isBlank()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("text").addConstraintViolation();
        return false;
    }
}
