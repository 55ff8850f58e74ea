package id.pantau.ingestion.rest;

import static id.pantau.ingestion.domain.ContentRules.MAX_URL_LENGTH;
import static id.pantau.ingestion.domain.ContentRules.MEDIA_TYPES;
import static id.pantau.ingestion.domain.ContentRules.SHA256_HEX;

import id.pantau.events.ContentMedia;
import id.pantau.ingestion.rest.validation.WebUrl;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** One media file of a submission. */
public record ContentMediaRequest(
        @NotNull @Pattern(regexp = MEDIA_TYPES, message = "must be VIDEO, IMAGE or AUDIO") String type,
        @Size(max = MAX_URL_LENGTH) @WebUrl String url,
        @Pattern(regexp = SHA256_HEX, message = "must be a SHA-256 as 64 lower-case hex digits") String sha256,
        @PositiveOrZero Long sizeBytes) {

    ContentMedia toMedia() {
        return new ContentMedia(type, url, sha256, sizeBytes);
    }
}
