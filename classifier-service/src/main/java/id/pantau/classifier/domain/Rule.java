package id.pantau.classifier.domain;

import java.util.List;

/**
 * One rule of a rule set. {@code near} is used by {@link RuleKind#PROXIMITY} rules only, {@code categories}
 * (two of them) by {@link RuleKind#COOCCURRENCE} rules only; {@code window} by both (0 otherwise, and for a
 * co-occurrence anywhere in the post). The weight is never negative; exclusions subtract it. A terms rule
 * of weight 0 is a vocabulary that only feeds co-occurrence rules.
 */
public record Rule(String id, RuleKind kind, Category category, double weight, String description, List<String> terms,
        List<String> near, List<Category> categories, int window) {

    public Rule {
        terms = List.copyOf(terms);
        near = List.copyOf(near);
        categories = List.copyOf(categories);
    }

    /** A rule of the first rule-set format, before categories: trade terms, or exclusions. */
    public Rule(String id, RuleKind kind, double weight, String description, List<String> terms, List<String> near,
            int window) {
        this(id, kind, kind == RuleKind.EXCLUSION ? Category.EXCLUSION : Category.TRADE_TERM, weight, description, terms,
                near, List.of(), window);
    }

    public double signedWeight() {
        return kind == RuleKind.EXCLUSION ? -weight : weight;
    }
}
