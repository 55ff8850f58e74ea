package id.pantau.ingestion.rest.validation;

import id.pantau.ingestion.domain.ContentRules;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class MaxCharactersValidator implements ConstraintValidator<MaxCharacters, String> {

    private int max;

    @Override
    public void initialize(MaxCharacters annotation) {
        max = annotation.value();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || ContentRules.characters(value) <= max;
    }
}
