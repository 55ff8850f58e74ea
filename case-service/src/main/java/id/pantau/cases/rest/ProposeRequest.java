package id.pantau.cases.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code legalBasis} is a catalogue id ({@code GET /api/v1/legal-bases}) or that entry's citation. */
public record ProposeRequest(
        @NotBlank @Size(max = 2000) String legalBasis,
        @NotBlank @Size(max = 2000) String reason) {
}
