package id.pantau.cases.console;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed between two rule-set documents (classifier-service's {@code definition}), as a person reads
 * it: thresholds, rules added and removed, and per changed rule its weight, the terms added and removed and
 * any other field that differs. Rules are matched by id.
 */
public record RuleSetDiff(int from, int to, List<FieldChange> thresholds, List<RuleChange> added,
        List<RuleChange> removed, List<RuleChange> changed) {

    public record FieldChange(String field, String before, String after) {
    }

    /** {@code addedTerms}/{@code removedTerms} cover every list-of-words field ({@code terms}, {@code near} …). */
    public record RuleChange(String id, String kind, String weightBefore, String weightAfter, List<String> addedTerms,
            List<String> removedTerms, List<FieldChange> otherChanges) {

        public boolean weightChanged() {
            return !Objects.equals(weightBefore, weightAfter);
        }
    }

    public boolean isEmpty() {
        return thresholds.isEmpty() && added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    static RuleSetDiff of(int from, JsonNode before, int to, JsonNode after) {
        List<FieldChange> thresholds = fieldChanges(before.path("thresholds"), after.path("thresholds"), Set.of());
        Map<String, JsonNode> oldRules = rulesById(before);
        Map<String, JsonNode> newRules = rulesById(after);
        List<RuleChange> added = new ArrayList<>();
        List<RuleChange> removed = new ArrayList<>();
        List<RuleChange> changed = new ArrayList<>();
        newRules.forEach((id, rule) -> {
            if (!oldRules.containsKey(id)) {
                added.add(change(id, null, rule));
            }
        });
        oldRules.forEach((id, rule) -> {
            JsonNode now = newRules.get(id);
            if (now == null) {
                removed.add(change(id, rule, null));
            } else if (!rule.equals(now)) {
                changed.add(change(id, rule, now));
            }
        });
        return new RuleSetDiff(from, to, thresholds, added, removed, changed);
    }

    private static RuleChange change(String id, JsonNode before, JsonNode after) {
        JsonNode shown = after != null ? after : before;
        JsonNode old = before != null ? before : missing();
        JsonNode now = after != null ? after : missing();
        Set<String> wordFields = new TreeSet<>();
        for (JsonNode rule : List.of(old, now)) {
            rule.properties().forEach(field -> {
                if (field.getValue().isArray()) {
                    wordFields.add(field.getKey());
                }
            });
        }
        List<String> addedTerms = new ArrayList<>();
        List<String> removedTerms = new ArrayList<>();
        for (String field : wordFields) {
            Set<String> was = words(old.path(field));
            Set<String> is = words(now.path(field));
            String prefix = "terms".equals(field) ? "" : field + ": ";
            is.stream().filter(w -> !was.contains(w)).forEach(w -> addedTerms.add(prefix + w));
            was.stream().filter(w -> !is.contains(w)).forEach(w -> removedTerms.add(prefix + w));
        }
        Set<String> skipped = new LinkedHashSet<>(wordFields);
        skipped.add("id");
        skipped.add("weight");
        List<FieldChange> others = before == null || after == null ? List.of() : fieldChanges(old, now, skipped);
        return new RuleChange(id, shown.path("kind").asText(""), text(old.get("weight")), text(now.get("weight")),
                addedTerms, removedTerms, others);
    }

    private static List<FieldChange> fieldChanges(JsonNode before, JsonNode after, Set<String> skipped) {
        Set<String> names = new TreeSet<>();
        before.properties().forEach(field -> names.add(field.getKey()));
        after.properties().forEach(field -> names.add(field.getKey()));
        List<FieldChange> changes = new ArrayList<>();
        for (String name : names) {
            if (skipped.contains(name)) {
                continue;
            }
            String was = text(before.get(name));
            String is = text(after.get(name));
            if (!Objects.equals(was, is)) {
                changes.add(new FieldChange(name, was, is));
            }
        }
        return changes;
    }

    private static Map<String, JsonNode> rulesById(JsonNode definition) {
        Map<String, JsonNode> rules = new LinkedHashMap<>();
        definition.path("rules").forEach(rule -> rules.put(rule.path("id").asText(), rule));
        return rules;
    }

    private static Set<String> words(JsonNode list) {
        Set<String> words = new LinkedHashSet<>();
        list.forEach(word -> words.add(word.isValueNode() ? word.asText() : word.toString()));
        return words;
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode() ? null
                : value.isValueNode() ? value.asText() : value.toString();
    }

    private static JsonNode missing() {
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
}
