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
        Instant classifiedAt) {
    public static final String TOPIC = "content.classified";
    public static final String TYPE = "id.pantau.content.classified.v1";
}
