package id.pantau.events;

/** One media file of a content item; {@code sha256} (hex) lets evidence be matched to the file later. */
public record ContentMedia(String type, String url, String sha256, Long sizeBytes) {
}
