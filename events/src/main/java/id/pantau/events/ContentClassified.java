package id.pantau.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Published by classifier-service for every content version it decided on, whatever the verdict. */
public record ContentClassified(
        UUID contentId,
        int contentVersion,
        Content content,
        Verdict verdict,
        double score,
        List<MatchedTerm> matches,
        String ruleSetId,
        int ruleSetVersion,
        Instant classifiedAt,
        String modelVersion) {
    public static final String TOPIC = "content.classified";
    public static final String TYPE = "id.pantau.content.classified.v1";

    /** Names the absence of a trained model; also what an event from before model versions were recorded means. */
    public static final String NO_MODEL = "none";

    /** A decision of the rules alone (the form before {@code modelVersion} existed). */
    public ContentClassified(UUID contentId, int contentVersion, Content content, Verdict verdict, double score,
            List<MatchedTerm> matches, String ruleSetId, int ruleSetVersion, Instant classifiedAt) {
        this(contentId, contentVersion, content, verdict, score, matches, ruleSetId, ruleSetVersion, classifiedAt, NO_MODEL);
    }
}
