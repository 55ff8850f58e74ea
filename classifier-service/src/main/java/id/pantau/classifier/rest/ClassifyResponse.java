package id.pantau.classifier.rest;

import id.pantau.classifier.domain.Decision;
import id.pantau.classifier.domain.FiredRule;
import id.pantau.events.Verdict;
import java.util.List;
import java.util.Locale;

/**
 * A decision and its explanation. {@code score} is the final score in [0, 1], combining {@code ruleScore}
 * and {@code modelProbability} (module README, "Decision"); {@code modelVersion} names the trained model.
 */
public record ClassifyResponse(Verdict verdict, double score, List<MatchView> matches, String ruleSetId, int ruleSetVersion,
        String modelVersion, Double modelProbability, double ruleScore, List<FiredRuleView> firedRules) {

    /** A rule that counted, with its category and the weight it added (negative for an exclusion). */
    public record FiredRuleView(String ruleId, String category, double weight) {

        static FiredRuleView of(FiredRule rule) {
            return new FiredRuleView(rule.ruleId(), rule.category().name().toLowerCase(Locale.ROOT), rule.weight());
        }
    }

    static ClassifyResponse of(Decision decision) {
        return new ClassifyResponse(decision.verdict(), decision.score(),
                decision.matches().stream().map(MatchView::of).toList(), decision.ruleSetId(), decision.ruleSetVersion(),
                decision.modelVersion(), decision.modelUsed() ? decision.modelProbability() : null, decision.ruleScore(),
                decision.firedRules().stream().map(FiredRuleView::of).toList());
    }
}
