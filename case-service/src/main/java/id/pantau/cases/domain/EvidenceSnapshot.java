package id.pantau.cases.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.pantau.events.ContentClassified;
import id.pantau.events.ContentMedia;
import id.pantau.events.ContentMetrics;
import id.pantau.events.ContentTexts;
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
        // Fields of the fuller content model go in only when the producer sent them, so evidence of older
        // events keeps the shape (and digest) it always had.
        putIfPresent(content, "authorDisplayName", c.authorDisplayName());
        putIfPresent(content, "authorFollowerCount", c.authorFollowerCount());
        putIfPresent(content, "texts", texts(c.texts()));
        putIfPresent(content, "media", media(c.media()));
        putIfPresent(content, "metrics", metrics(c.metrics()));
        putIfPresent(content, "source", c.source() == null ? null : c.source().name());
        putIfPresent(content, "language", c.language());

        Map<String, Object> classification = sorted();
        classification.put("verdict", event.verdict().name());
        classification.put("score", event.score());
        classification.put("matches", matches(event.matches()));
        classification.put("ruleSetId", event.ruleSetId());
        classification.put("ruleSetVersion", event.ruleSetVersion());
        putIfPresent(classification, "modelVersion", event.modelVersion());
        classification.put("classifiedAt", iso(event.classifiedAt()));

        Map<String, Object> evidence = sorted();
        evidence.put("contentId", event.contentId().toString());
        evidence.put("contentVersion", event.contentVersion());
        evidence.put("content", content);
        evidence.put("classification", classification);
        String json = write(evidence);
        return new EvidenceSnapshot(json, AuditChain.sha256(json));
    }

    private static Map<String, Object> texts(ContentTexts texts) {
        if (texts == null) {
            return null;
        }
        Map<String, Object> tree = sorted();
        putIfPresent(tree, "caption", texts.caption());
        putIfPresent(tree, "hashtags", texts.hashtags());
        putIfPresent(tree, "title", texts.title());
        putIfPresent(tree, "transcript", texts.transcript());
        putIfPresent(tree, "onScreenText", texts.onScreenText());
        return tree;
    }

    private static List<Map<String, Object>> media(List<ContentMedia> media) {
        if (media == null || media.isEmpty()) {
            return null;
        }
        return media.stream().map(m -> {
            Map<String, Object> item = sorted();
            putIfPresent(item, "type", m.type());
            putIfPresent(item, "url", m.url());
            putIfPresent(item, "sha256", m.sha256());
            putIfPresent(item, "sizeBytes", m.sizeBytes());
            return item;
        }).toList();
    }

    private static Map<String, Object> metrics(ContentMetrics metrics) {
        if (metrics == null) {
            return null;
        }
        Map<String, Object> tree = sorted();
        putIfPresent(tree, "views", metrics.views());
        putIfPresent(tree, "likes", metrics.likes());
        putIfPresent(tree, "shares", metrics.shares());
        putIfPresent(tree, "comments", metrics.comments());
        return tree;
    }

    private static void putIfPresent(Map<String, Object> tree, String key, Object value) {
        if (value != null) {
            tree.put(key, value);
        }
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
