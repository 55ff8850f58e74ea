package id.pantau.ingestion.rest;

import id.pantau.events.ContentMetrics;
import jakarta.validation.constraints.PositiveOrZero;

/** Reach counts at capture time; each is optional. */
public record ContentMetricsRequest(
        @PositiveOrZero Long views,
        @PositiveOrZero Long likes,
        @PositiveOrZero Long shares,
        @PositiveOrZero Long comments) {

    ContentMetrics toMetrics() {
        return new ContentMetrics(views, likes, shares, comments);
    }
}
