package id.pantau.cases.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

public record BulkProposeRequest(@NotNull @Size(min = 1, max = 100) List<@NotBlank String> caseIds,
        @NotBlank @Size(max = 2000) String legalBasis, @NotBlank @Size(max = 2000) String reason) {
}
