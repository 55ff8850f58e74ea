package id.pantau.ingestion.rest.validation;

import id.pantau.ingestion.domain.ContentRules;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class WebUrlValidator implements ConstraintValidator<WebUrl, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || ContentRules.isWebUrl(value);
    }
}
