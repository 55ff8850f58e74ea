package id.pantau.ingestion.rest.validation;

import id.pantau.ingestion.domain.ContentRules;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class StorableValidator implements ConstraintValidator<Storable, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return ContentRules.isStorable(value);
    }
}
