package id.pantau.events;

/** Reach of a content item at capture time; any count the source did not give is null. */
public record ContentMetrics(Long views, Long likes, Long shares, Long comments) {
}
