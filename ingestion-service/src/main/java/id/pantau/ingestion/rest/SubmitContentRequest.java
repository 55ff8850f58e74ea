package id.pantau.ingestion.rest;

import static id.pantau.ingestion.domain.ContentRules.MAX_ID_LENGTH;
import static id.pantau.ingestion.domain.ContentRules.MAX_TEXT_CHARACTERS;
import static id.pantau.ingestion.domain.ContentRules.MAX_URL_LENGTH;

import id.pantau.ingestion.domain.Submission;
import id.pantau.ingestion.rest.validation.KnownPlatform;
import id.pantau.ingestion.rest.validation.MaxCharacters;
import id.pantau.ingestion.rest.validation.Storable;
import id.pantau.ingestion.rest.validation.WebUrl;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Body of {@code POST /api/v1/content}; unknown JSON fields are ignored. */
public record SubmitContentRequest(
        @NotNull @KnownPlatform String platform,
        @NotBlank @Size(max = MAX_ID_LENGTH) @Storable String externalId,
        @NotBlank @Size(max = MAX_URL_LENGTH) @WebUrl String url,
        @NotBlank @Size(max = MAX_ID_LENGTH) @Storable String authorId,
        @Size(max = MAX_ID_LENGTH) @Storable String authorHandle,
        @NotBlank @MaxCharacters(MAX_TEXT_CHARACTERS) @Storable String text,
        Instant postedAt) {

    Submission toSubmission() {
        return new Submission(platform, externalId, url, authorId, authorHandle, text, postedAt);
    }
}
