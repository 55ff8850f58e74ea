package id.pantau.ingestion.rest;

import static id.pantau.ingestion.domain.ContentRules.LANGUAGE_TAG;
import static id.pantau.ingestion.domain.ContentRules.MAX_ID_LENGTH;
import static id.pantau.ingestion.domain.ContentRules.MAX_LANGUAGE_LENGTH;
import static id.pantau.ingestion.domain.ContentRules.MAX_MEDIA;
import static id.pantau.ingestion.domain.ContentRules.MAX_TEXT_BYTES;
import static id.pantau.ingestion.domain.ContentRules.MAX_URL_LENGTH;

import id.pantau.ingestion.domain.Submission;
import id.pantau.ingestion.rest.validation.HasText;
import id.pantau.ingestion.rest.validation.KnownPlatform;
import id.pantau.ingestion.rest.validation.MaxBytes;
import id.pantau.ingestion.rest.validation.Storable;
import id.pantau.ingestion.rest.validation.WebUrl;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * Body of {@code POST /api/v1/content} (and one item of batch and stream); unknown JSON fields are ignored.
 * {@code text} may be left out when {@code texts} has something: the combined text is then built from it.
 */
@HasText
public record SubmitContentRequest(
        @NotNull @KnownPlatform String platform,
        @NotBlank @Size(max = MAX_ID_LENGTH) @Storable String externalId,
        @NotBlank @Size(max = MAX_URL_LENGTH) @WebUrl String url,
        @NotBlank @Size(max = MAX_ID_LENGTH) @Storable String authorId,
        @Size(max = MAX_ID_LENGTH) @Storable String authorHandle,
        @MaxBytes(MAX_TEXT_BYTES) @Storable String text,
        Instant postedAt,
        @Size(max = MAX_ID_LENGTH) @Storable String authorDisplayName,
        @PositiveOrZero Long authorFollowerCount,
        @Valid ContentTextsRequest texts,
        @Size(max = MAX_MEDIA) List<@NotNull @Valid ContentMediaRequest> media,
        @Valid ContentMetricsRequest metrics,
        @Size(max = MAX_LANGUAGE_LENGTH) @Pattern(regexp = LANGUAGE_TAG, message = "must be a BCP 47 language tag such as id or jv")
        String language) {

    /** The first shape of the body: one text, no details. */
    public SubmitContentRequest(String platform, String externalId, String url, String authorId, String authorHandle,
            String text, Instant postedAt) {
        this(platform, externalId, url, authorId, authorHandle, text, postedAt, null, null, null, null, null, null);
    }

    /** The text that is classified and hashed: {@code text} as given, or else the separate texts combined. */
    public String combinedText() {
        if (text != null && !text.isBlank()) {
            return text;
        }
        return texts == null ? "" : texts.toTexts().combined();
    }

    Submission toSubmission() {
        return new Submission(platform, externalId, url, authorId, authorHandle, combinedText(), postedAt,
                authorDisplayName, authorFollowerCount, texts == null ? null : texts.toTexts(),
                media == null ? null : media.stream().map(ContentMediaRequest::toMedia).toList(),
                metrics == null ? null : metrics.toMetrics(), language);
    }
}
