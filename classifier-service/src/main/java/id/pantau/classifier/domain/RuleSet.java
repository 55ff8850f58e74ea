package id.pantau.classifier.domain;

import java.util.List;

/**
 * A versioned policy: what it forbids (in words), its score thresholds and its rules. {@code stemming}
 * turns on Indonesian stemming of posts and terms (off unless the rule file asks for it).
 */
public record RuleSet(String id, int version, String policy, Thresholds thresholds, List<Rule> rules, boolean stemming) {

    public RuleSet {
        rules = List.copyOf(rules);
    }

    public RuleSet(String id, int version, String policy, Thresholds thresholds, List<Rule> rules) {
        this(id, version, policy, thresholds, rules, false);
    }
}
