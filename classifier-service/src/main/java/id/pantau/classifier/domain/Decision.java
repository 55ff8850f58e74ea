package id.pantau.classifier.domain;

import id.pantau.events.MatchedTerm;
import id.pantau.events.Verdict;
import java.util.List;

/**
 * The outcome of classifying one text and its explanation: the matched spans (offsets into the original
 * text), the rules that fired with their weights, the rule score, the model's probability and version, and
 * the final score and verdict. {@link Classifier#classify} gives the rules' part alone (no model: probability
 * {@code NaN}, version {@value #NO_MODEL}, verdict from the rule set's thresholds), as the evaluation's
 * "rules alone" figures use it; the service's decisions come from {@code service.Decider}, which adds the
 * model and the combination ({@code model.Combination}).
 */
public record Decision(Verdict verdict, double score, List<MatchedTerm> matches, String ruleSetId, int ruleSetVersion,
        List<FiredRule> firedRules, double ruleScore, double modelProbability, String modelVersion) {

    /** Names the absence of a trained model in a decision. */
    public static final String NO_MODEL = "none";

    public Decision {
        matches = List.copyOf(matches);
        firedRules = List.copyOf(firedRules);
    }

    /** A decision of the rules alone. */
    public Decision(Verdict verdict, double score, List<MatchedTerm> matches, String ruleSetId, int ruleSetVersion) {
        this(verdict, score, matches, ruleSetId, ruleSetVersion, List.of(), score, Double.NaN, NO_MODEL);
    }

    public boolean modelUsed() {
        return !Double.isNaN(modelProbability);
    }
}
