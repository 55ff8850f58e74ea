package id.pantau.classifier.domain;

/**
 * A word of the normalised text and the span of the ORIGINAL text it came from (start inclusive, end
 * exclusive, UTF-16 offsets), so that explanations point at what the author actually wrote.
 */
public record Token(String text, int start, int end) implements WordSpan {
}
