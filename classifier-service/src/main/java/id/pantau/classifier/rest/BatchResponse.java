package id.pantau.classifier.rest;

import java.util.List;

/** One result per item, in the order sent; {@code classified + failed} is the number of items. */
public record BatchResponse(int classified, int failed, List<BatchItem> results) {
}
