package id.pantau.ingestion.rest.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Something to classify: a non-blank {@code text}, or at least one non-blank entry in {@code texts}. Reported
 * on the field {@code text}.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = HasTextValidator.class)
public @interface HasText {
    String message() default "must not be blank unless texts holds a caption, title, hashtag, on-screen text or transcript";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
