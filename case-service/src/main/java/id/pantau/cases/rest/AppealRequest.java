package id.pantau.cases.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An appeal by the content owner: {@code text} what they argue, {@code reference} the platform's own id
 * of the appeal, {@code filedAt} (ISO-8601) when it was filed, now when absent.
 */
public record AppealRequest(@Size(max = 512) String reference, @NotBlank @Size(max = 4000) String text,
        @Size(max = 64) String filedAt) {
}
