package id.pantau.ingestion.rest.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** One of {@code Platforms.KNOWN}; null is left to {@code @NotNull}. */
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
@Constraint(validatedBy = KnownPlatformValidator.class)
public @interface KnownPlatform {
    /** The validator appends the known platforms. */
    String message() default "unknown platform";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
