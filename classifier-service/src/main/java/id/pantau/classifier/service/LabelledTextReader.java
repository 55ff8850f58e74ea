package id.pantau.classifier.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.classifier.domain.LabelledText;
import id.pantau.events.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an evaluation set in JSON Lines: one {@code {"text": ..., "label": "VIOLATION"|"CLEAR",
 * "category": ...}} per line ({@code category} optional, other keys ignored; blank lines skipped). Every bad
 * line is reported (up to {@value #MAX_REPORTED}), not just the first, so a data set is fixed in one round.
 */
public final class LabelledTextReader {

    static final int MAX_REPORTED = 100;

    private LabelledTextReader() {
    }

    public static List<LabelledText> read(String jsonl, ObjectMapper json, int maxItems, int maxText) {
        List<LabelledText> items = new ArrayList<>();
        List<BadLinesException.BadLine> bad = new ArrayList<>();
        String[] lines = jsonl == null ? new String[0] : jsonl.split("\r?\n", -1);
        for (int i = 0; i < lines.length && bad.size() < MAX_REPORTED; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String problem = null;
            try {
                JsonNode node = json.readTree(line);
                JsonNode text = node == null ? null : node.get("text");
                JsonNode label = node == null ? null : node.get("label");
                JsonNode category = node == null ? null : node.get("category");
                if (node == null || !node.isObject()) {
                    problem = "must be a JSON object";
                } else if (text == null || !text.isTextual() || text.asText().isBlank()) {
                    problem = "text must be a non-blank string";
                } else if (text.asText().length() > maxText) {
                    problem = "text has more than " + maxText + " characters";
                } else if (label == null || !label.isTextual()
                        || !(label.asText().equals("VIOLATION") || label.asText().equals("CLEAR"))) {
                    problem = "label must be \"VIOLATION\" or \"CLEAR\"";
                } else if (category != null && !category.isNull() && !category.isTextual()) {
                    problem = "category must be a string";
                } else {
                    items.add(new LabelledText(number, text.asText(), Verdict.valueOf(label.asText()),
                            category == null || category.isNull() ? null : category.asText()));
                }
            } catch (JsonProcessingException e) {
                problem = "not valid JSON: " + e.getOriginalMessage();
            }
            if (problem != null) {
                bad.add(new BadLinesException.BadLine(number, problem));
            }
        }
        if (!bad.isEmpty()) {
            throw new BadLinesException(bad);
        }
        if (items.isEmpty()) {
            throw new BadLinesException(List.of(new BadLinesException.BadLine(1, "the evaluation set has no items")));
        }
        if (items.size() > maxItems) {
            throw new id.pantau.commons.problem.ProblemException(413, "Content Too Large",
                    "An evaluation set may have at most " + maxItems + " items; this one has " + items.size());
        }
        return items;
    }
}
