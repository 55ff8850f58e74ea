package id.pantau.cases.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The evidence text cut into plain and matched segments, from the match offsets (UTF-16, end exclusive)
 * stored in the evidence snapshot. The template escapes every segment; nothing here is trusted HTML.
 */
public record EvidenceText(List<Segment> segments, List<Match> matches, String ruleSetId, int ruleSetVersion) {

    public record Segment(String text, boolean matched, String ruleId) {
    }

    public record Match(String ruleId, String term, int start, int end, double weight) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static EvidenceText of(String text, String snapshot) {
        JsonNode classification;
        try {
            classification = JSON.readTree(snapshot).path("classification");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored evidence snapshot is always valid JSON", e);
        }
        List<Match> matches = new ArrayList<>();
        for (JsonNode m : classification.path("matches")) {
            matches.add(new Match(m.path("ruleId").asText(), m.path("term").asText(), m.path("start").asInt(),
                    m.path("end").asInt(), m.path("weight").asDouble()));
        }
        return new EvidenceText(segments(text, matches), matches, classification.path("ruleSetId").asText(),
                classification.path("ruleSetVersion").asInt());
    }

    /** Overlapping matches merge into one highlighted run; offsets outside the text are clipped. */
    static List<Segment> segments(String text, List<Match> matches) {
        List<Match> ordered = matches.stream().sorted(Comparator.comparingInt(Match::start)).toList();
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (Match match : ordered) {
            int start = Math.max(at, Math.min(match.start(), text.length()));
            int end = Math.max(start, Math.min(match.end(), text.length()));
            if (end == start) {
                continue;
            }
            if (start > at) {
                segments.add(new Segment(text.substring(at, start), false, null));
            }
            segments.add(new Segment(text.substring(start, end), true, match.ruleId()));
            at = end;
        }
        if (at < text.length()) {
            segments.add(new Segment(text.substring(at), false, null));
        }
        return segments;
    }
}
