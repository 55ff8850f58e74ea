package id.pantau.cases.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code action} and {@code actedAt} are strings here, parsed by the resource, so that an unknown value
 * gets the same problem+json 400 as every other bad input. {@code actedAt} (ISO-8601) is when the
 * platform acted; now when absent.
 */
public record ActionRequest(@NotBlank String action, @NotBlank @Size(max = 512) String reference,
        @Size(max = 64) String actedAt) {

    public ActionRequest(String action, String reference) {
        this(action, reference, null);
    }
}
