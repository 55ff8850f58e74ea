package id.pantau.classifier.domain;

/**
 * A normalised word and the span of the ORIGINAL text it came from (start inclusive, end exclusive, UTF-16
 * offsets). The rules read this rather than {@link Token} so that the service's path can hand them the
 * normaliser's own words without copying each into a token first (one object per word less per post).
 */
public interface WordSpan {

    String text();

    int start();

    int end();
}
