package id.pantau.classifier.domain;

import java.util.List;

/**
 * One rule of a rule set. {@code near} and {@code window} are used by {@link RuleKind#PROXIMITY} rules
 * only and are empty / zero otherwise. The weight is always positive; exclusions subtract it.
 */
public record Rule(String id, RuleKind kind, double weight, String description, List<String> terms, List<String> near,
        int window) {

    public Rule {
        terms = List.copyOf(terms);
        near = List.copyOf(near);
    }

    public double signedWeight() {
        return kind == RuleKind.EXCLUSION ? -weight : weight;
    }
}
