package id.pantau.cases.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code action} is a string here, parsed by the resource, so that an unknown value gets the same
 * problem+json 400 as every other bad input.
 */
public record ActionRequest(@NotBlank String action, @NotBlank @Size(max = 512) String reference) {
}
