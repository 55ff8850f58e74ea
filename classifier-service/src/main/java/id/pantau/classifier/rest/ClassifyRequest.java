package id.pantau.classifier.rest;

import jakarta.validation.constraints.NotBlank;

/** The length limit ({@code pantau.classifier.max-text-length}) is checked by the resource: above it is 413. */
public record ClassifyRequest(@NotBlank String text) {
}
