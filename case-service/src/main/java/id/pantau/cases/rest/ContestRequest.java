package id.pantau.cases.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code reasonCode} is one of {@code ContestReason}; {@code reason} explains it in the platform's words. */
public record ContestRequest(@NotBlank @Size(max = 64) String reasonCode, @NotBlank @Size(max = 2000) String reason) {
}
