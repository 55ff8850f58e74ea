package id.pantau.classifier.model;

import id.pantau.classifier.domain.Classifier;
import id.pantau.classifier.domain.Decision;
import id.pantau.classifier.domain.Token;
import id.pantau.events.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * How the rule score and the model probability make one decision:
 * <pre>
 *   combined = ruleWeight · ruleScore / (ruleScore + ruleHalfScore) + (1 − ruleWeight) · probability
 *   combined ≥ violation → VIOLATION,  combined ≥ review → REVIEW,  else CLEAR
 * </pre>
 * The rule score (unbounded, ≥ 0) is squashed into [0, 1) so that it can be weighed against a probability:
 * a score of {@code ruleHalfScore} counts 0.5, and more rules matching still adds, less and less.
 * <p>
 * {@link #CHOSEN} was chosen by {@link CombinationSearch} on the VALIDATION split only (the model was
 * trained on the train split; the test split only judged the result): the rule weight with the lowest Brier
 * score, then the violation threshold closest to 0.5 that meets precision ≥ {@link CombinationSearch#MIN_PRECISION}
 * and recall ≥ {@link CombinationSearch#MIN_RECALL} on validation, then the lowest review threshold at which at
 * most {@link CombinationSearch#MAX_CLEAR_IN_REVIEW} of the clear posts are flagged.
 * {@code CombinationTest} re-runs the search and fails if these numbers no longer follow from the data.
 * <p>
 * One guard sits outside the formula: a post in which no rule fired and no word is a known word (rule
 * vocabulary, dictionary, slang: emoji only, another script, one letter repeated, an empty reading) gives the
 * model nothing to judge, and its probability there is only its prior (the bias, about 0.39), not evidence.
 * Such a post is CLEAR with score 0 rather than sent to review.
 */
public record Combination(double ruleWeight, double ruleHalfScore, double violation, double review) {

    /** The v2 rule set's own violation threshold: the rule score at which the rules alone call a violation. */
    public static final double RULE_HALF_SCORE = 2.0;

    public static final Combination CHOSEN = new Combination(0.0, RULE_HALF_SCORE, 0.5, 0.13);

    public Combination {
        if (ruleWeight < 0 || ruleWeight > 1 || ruleHalfScore <= 0 || review <= 0 || violation < review
                || violation > 1) {
            throw new IllegalArgumentException("need 0 <= ruleWeight <= 1, ruleHalfScore > 0, 0 < review <= violation <= 1");
        }
    }

    /** The combined score in [0, 1]. */
    public double score(double ruleScore, double probability) {
        double rules = ruleScore <= 0 ? 0 : ruleScore / (ruleScore + ruleHalfScore);
        return ruleWeight * rules + (1 - ruleWeight) * probability;
    }

    public Verdict verdict(double combinedScore) {
        if (combinedScore >= violation) {
            return Verdict.VIOLATION;
        }
        return combinedScore >= review ? Verdict.REVIEW : Verdict.CLEAR;
    }

    public Verdict verdict(double ruleScore, double probability) {
        return verdict(score(ruleScore, probability));
    }

    /**
     * The service's decision on one text: normalise once, match the rules, ask the model, combine, explain.
     * The model reads the same normalised words as the rules.
     */
    public Decision decide(Classifier classifier, TextModel model, String text) {
        List<Token> tokens = classifier.normaliser().tokens(text);
        Decision rules = classifier.classify(tokens);
        List<String> words = new ArrayList<>(tokens.size());
        boolean anyKnown = false;
        for (Token token : tokens) {
            words.add(token.text());
            anyKnown = anyKnown || classifier.normaliser().vocabulary().isKnown(token.text());
        }
        double probability = model.probability(words);
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalStateException("Text model " + model.version() + " gave " + probability
                    + ", not a probability");
        }
        boolean nothingToJudge = !anyKnown && rules.firedRules().isEmpty();
        double combined = nothingToJudge ? 0 : score(rules.ruleScore(), probability);
        return new Decision(verdict(combined), combined, rules.matches(), rules.ruleSetId(), rules.ruleSetVersion(),
                rules.firedRules(), rules.ruleScore(), probability, model.version());
    }
}
