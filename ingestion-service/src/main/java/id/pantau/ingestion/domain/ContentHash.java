package id.pantau.ingestion.domain;

import id.pantau.events.ContentMedia;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The fingerprint that tells a re-submission (same hash) from an edit (different hash). Reach counts are
 * left out on purpose: new view counts alone are not an edit worth classifying again.
 */
public final class ContentHash {

    private ContentHash() {
    }

    /** SHA-256 of the UTF-8 bytes of {@code text}, as 64 lower-case hex digits. */
    public static String of(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            // Every Java runtime must provide SHA-256.
            throw new IllegalStateException(e);
        }
    }

    /**
     * With media hashes: of the text, a newline and the sorted media hashes joined by newlines, so a swapped
     * video under the same caption is an edit. Without any, the text's hash, as before media were known.
     */
    public static String of(String text, List<ContentMedia> media) {
        List<String> hashes = media == null ? List.of() : media.stream()
                .map(ContentMedia::sha256).filter(Objects::nonNull).sorted().toList();
        return hashes.isEmpty() ? of(text) : of(text + "\n" + String.join("\n", hashes));
    }
}
