package id.pantau.ingestion.rest;

import static id.pantau.ingestion.domain.ContentRules.MAX_HASHTAGS;
import static id.pantau.ingestion.domain.ContentRules.MAX_HASHTAG_CHARACTERS;
import static id.pantau.ingestion.domain.ContentRules.MAX_TEXT_BYTES;

import id.pantau.events.ContentTexts;
import id.pantau.ingestion.rest.validation.MaxBytes;
import id.pantau.ingestion.rest.validation.MaxCharacters;
import id.pantau.ingestion.rest.validation.Storable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The separate texts of a submission; each is optional. */
public record ContentTextsRequest(
        @MaxBytes(MAX_TEXT_BYTES) @Storable String caption,
        @Size(max = MAX_HASHTAGS) List<@NotBlank @MaxCharacters(MAX_HASHTAG_CHARACTERS) @Storable String> hashtags,
        @MaxBytes(MAX_TEXT_BYTES) @Storable String title,
        @MaxBytes(MAX_TEXT_BYTES) @Storable String transcript,
        @MaxBytes(MAX_TEXT_BYTES) @Storable String onScreenText) {

    ContentTexts toTexts() {
        return new ContentTexts(caption, hashtags, title, transcript, onScreenText);
    }
}
