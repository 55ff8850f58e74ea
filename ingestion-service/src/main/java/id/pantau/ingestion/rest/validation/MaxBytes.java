package id.pantau.ingestion.rest.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** At most {@link #value()} bytes once encoded as UTF-8, the unit the database and the wire pay for. */
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = MaxBytesValidator.class)
public @interface MaxBytes {
    int value();

    String message() default "must be at most {value} bytes of UTF-8";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
