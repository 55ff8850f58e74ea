package id.pantau.classifier.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record ClassifyRequest(@NotBlank @Size(max = ClassifyRequest.MAX_TEXT) String text) {
    public static final int MAX_TEXT = 10_000;
}
