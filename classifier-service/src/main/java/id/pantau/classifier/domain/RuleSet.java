package id.pantau.classifier.domain;

import java.util.List;

/** A versioned policy: what it forbids (in words), its score thresholds and its rules. */
public record RuleSet(String id, int version, String policy, Thresholds thresholds, List<Rule> rules) {

    public RuleSet {
        rules = List.copyOf(rules);
    }
}
