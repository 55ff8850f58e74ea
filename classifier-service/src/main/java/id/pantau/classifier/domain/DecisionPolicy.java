package id.pantau.classifier.domain;

import id.pantau.events.Verdict;

/**
 * Combines the rule score with a model probability into one decision.
 * <p>
 * Rule evidence {@code e = min(1, ruleScore / violationThreshold of the rule set)}: 1 means the rules alone
 * reach a violation. Combined score {@code s = (ruleWeight * e + modelWeight * p) / (ruleWeight + modelWeight)},
 * in [0, 1]; {@code s >= violation} is VIOLATION, {@code s >= review} is REVIEW, else CLEAR.
 * <p>
 * Without a model ({@code p} is NaN, the "no model loaded" case) the decision is the rules' own: score and
 * verdict from the rule set's thresholds, unchanged. So a service without a trained model decides exactly
 * as the rule set says, and a model only ever changes decisions when one is loaded.
 */
public record DecisionPolicy(double ruleWeight, double modelWeight, double violation, double review) {

    private static final double PRECISION = 1_000_000d;

    public DecisionPolicy {
        if (!(ruleWeight >= 0) || !(modelWeight >= 0) || ruleWeight + modelWeight <= 0) {
            throw new IllegalArgumentException("pantau.classifier.decision weights must be >= 0 and not both 0");
        }
        if (!(review > 0) || !(violation > review) || violation > 1) {
            throw new IllegalArgumentException("pantau.classifier.decision thresholds need 0 < review < violation <= 1");
        }
    }

    /**
     * @param rules        the rules' decision ({@link Classifier#classify})
     * @param probability  the model's probability, NaN when no model took part; clamped to [0, 1] otherwise
     * @param modelVersion what the decision records as the model
     */
    public Decision decide(Decision rules, Thresholds ruleThresholds, double probability, String modelVersion) {
        if (Double.isNaN(probability)) {
            return new Decision(rules.verdict(), rules.ruleScore(), rules.matches(), rules.ruleSetId(), rules.ruleSetVersion(),
                    rules.firedRules(), rules.ruleScore(), Double.NaN, modelVersion);
        }
        double p = Math.min(1, Math.max(0, probability));
        double evidence = Math.min(1, rules.ruleScore() / ruleThresholds.violation());
        double combined = Math.round((ruleWeight * evidence + modelWeight * p) / (ruleWeight + modelWeight) * PRECISION)
                / PRECISION;
        return new Decision(verdictFor(combined), combined, rules.matches(), rules.ruleSetId(), rules.ruleSetVersion(),
                rules.firedRules(), rules.ruleScore(), p, modelVersion);
    }

    private Verdict verdictFor(double score) {
        if (score >= violation) {
            return Verdict.VIOLATION;
        }
        return score >= review ? Verdict.REVIEW : Verdict.CLEAR;
    }
}
