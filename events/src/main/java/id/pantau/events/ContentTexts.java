package id.pantau.events;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The separate texts of one content item as the platform shows them. {@link Content#text()} is their
 * combination, which is what the classifier reads.
 */
public record ContentTexts(
        String caption,
        List<String> hashtags,
        String title,
        String transcript,
        String onScreenText) {

    /** Title, caption, hashtags (each with one leading {@code #}), on-screen text, transcript; blank parts left out. */
    public String combined() {
        String tags = hashtags == null ? null : hashtags.stream()
                .filter(tag -> tag != null && !tag.isBlank())
                .map(tag -> tag.startsWith("#") ? tag : "#" + tag)
                .collect(Collectors.joining(" "));
        return Stream.of(title, caption, tags, onScreenText, transcript)
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining("\n"));
    }
}
