package id.pantau.ingestion.rest;

import static id.pantau.ingestion.domain.ContentRules.MAX_NOTE_CHARACTERS;
import static id.pantau.ingestion.domain.ContentRules.MAX_URL_LENGTH;

import id.pantau.ingestion.rest.validation.MaxCharacters;
import id.pantau.ingestion.rest.validation.Storable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/reports}; the note becomes the text of content the report creates. */
public record ReportRequest(
        @NotBlank @Size(max = MAX_URL_LENGTH) @Storable String url,
        @NotBlank @MaxCharacters(MAX_NOTE_CHARACTERS) @Storable String note) {
}
