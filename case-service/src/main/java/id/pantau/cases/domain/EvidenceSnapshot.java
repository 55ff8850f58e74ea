package id.pantau.cases.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.pantau.events.ContentClassified;
import id.pantau.events.MatchedTerm;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The evidence of one classified content version as a canonical JSON document (keys sorted, no
 * whitespace, instants in ISO-8601) and its SHA-256: the digest a notice cites, reproducible by anyone
 * holding the same document.
 */
public record EvidenceSnapshot(String json, String sha256) {

    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    public static EvidenceSnapshot of(ContentClassified event) {
        var c = event.content();
        Map<String, Object> content = sorted();
        content.put("platform", c.platform());
        content.put("externalId", c.externalId());
        content.put("url", c.url());
        content.put("authorId", c.authorId());
        content.put("authorHandle", c.authorHandle());
        content.put("text", c.text());
        content.put("postedAt", iso(c.postedAt()));
        content.put("capturedAt", iso(c.capturedAt()));
        content.put("contentHash", c.contentHash());

        Map<String, Object> classification = sorted();
        classification.put("verdict", event.verdict().name());
        classification.put("score", event.score());
        classification.put("matches", matches(event.matches()));
        classification.put("ruleSetId", event.ruleSetId());
        classification.put("ruleSetVersion", event.ruleSetVersion());
        classification.put("classifiedAt", iso(event.classifiedAt()));

        Map<String, Object> evidence = sorted();
        evidence.put("contentId", event.contentId().toString());
        evidence.put("contentVersion", event.contentVersion());
        evidence.put("content", content);
        evidence.put("classification", classification);
        String json = write(evidence);
        return new EvidenceSnapshot(json, AuditChain.sha256(json));
    }

    private static List<Map<String, Object>> matches(List<MatchedTerm> matches) {
        if (matches == null) {
            return List.of();
        }
        return matches.stream().map(m -> {
            Map<String, Object> match = sorted();
            match.put("ruleId", m.ruleId());
            match.put("term", m.term());
            match.put("start", m.start());
            match.put("end", m.end());
            match.put("weight", m.weight());
            return match;
        }).toList();
    }

    public static Map<String, Object> sorted() {
        return new TreeMap<>();
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /** Any tree of sorted maps, lists and strings in the same canonical form as a snapshot. */
    public static String canonical(Object tree) {
        return write(tree);
    }

    private static String write(Object tree) {
        try {
            return CANONICAL.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Evidence of plain maps and strings always serialises", e);
        }
    }
}
