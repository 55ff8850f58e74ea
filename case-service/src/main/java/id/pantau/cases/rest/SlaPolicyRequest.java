package id.pantau.cases.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** ISO-8601 durations ({@code PT24H}); strings, so that a malformed one gets a clear 400 naming it. */
public record SlaPolicyRequest(@NotBlank @Size(max = 64) String normal, @NotBlank @Size(max = 64) String urgent) {
}
