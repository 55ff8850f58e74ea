package id.pantau.classifier.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.pantau.classifier.domain.Rule;
import id.pantau.classifier.domain.RuleKind;
import id.pantau.classifier.domain.RuleSet;
import java.util.List;
import java.util.Locale;

public record RuleSetView(String id, int version, String policy, ThresholdsView thresholds, List<RuleView> rules) {

    public record ThresholdsView(double violation, double review) {
    }

    /** {@code near} and {@code window} appear for proximity rules only. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RuleView(String id, String kind, double weight, String description, List<String> terms, List<String> near,
            Integer window) {

        static RuleView of(Rule rule) {
            boolean proximity = rule.kind() == RuleKind.PROXIMITY;
            return new RuleView(rule.id(), rule.kind().name().toLowerCase(Locale.ROOT), rule.weight(), rule.description(),
                    rule.terms(), proximity ? rule.near() : null, proximity ? rule.window() : null);
        }
    }

    static RuleSetView of(RuleSet ruleSet) {
        return new RuleSetView(ruleSet.id(), ruleSet.version(), ruleSet.policy(),
                new ThresholdsView(ruleSet.thresholds().violation(), ruleSet.thresholds().review()),
                ruleSet.rules().stream().map(RuleView::of).toList());
    }
}
