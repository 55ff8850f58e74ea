package id.pantau.classifier.model;

import id.pantau.classifier.domain.Classifier;
import id.pantau.classifier.domain.Decision;
import id.pantau.classifier.domain.FiredRule;
import id.pantau.classifier.domain.normalise.Word;
import id.pantau.classifier.domain.normalise.WordTexts;
import id.pantau.events.Verdict;
import java.util.List;

/**
 * How the rules and the model probability make one decision (logistic stacking):
 * <pre>
 *   combined = σ( logit(probability) + ruleWeight · evidence − exclusionWeight · exclusion )
 *   combined ≥ violation → VIOLATION,  combined ≥ review → REVIEW,  else CLEAR
 * </pre>
 * {@code evidence} is the sum of the weights of the non-exclusion rules that fired, {@code exclusion} the sum
 * of the weights of the exclusion rules that fired (both ≥ 0, not floored against each other). Working in
 * log-odds lets the rules move a confident model: an exclusion of weight 4 at exclusionWeight 1 turns a
 * probability of 0.9 into 0.14, and a bale-opening term pulls a doubtful 0.25 over the line, while with both
 * weights 0 the combination is the model alone.
 * <p>
 * {@link #CHOSEN} was chosen by {@link CombinationSearch} on the VALIDATION split only (the model was
 * trained on the train split; the test split only judged the result). {@code CombinationTest} re-runs the
 * search and fails if these numbers no longer follow from the data.
 * <p>
 * One guard sits outside the formula: a post in which no rule fired and no word is a known word (rule
 * vocabulary, dictionary, slang: emoji only, another script, one letter repeated, an empty reading) gives the
 * model nothing to judge, and its probability there is only its prior, not evidence. Such a post is CLEAR
 * with score 0 rather than sent to review.
 */
public record Combination(double ruleWeight, double exclusionWeight, double violation, double review) {

    public static final Combination CHOSEN = new Combination(0.8, 1.4, 0.5, 0.07);

    /** Keeps the log-odds of a probability of exactly 0 or 1 finite. */
    private static final double CLAMP = 1e-9;

    public Combination {
        if (!(ruleWeight >= 0) || !(exclusionWeight >= 0) || !(review > 0) || violation < review || violation > 1) {
            throw new IllegalArgumentException("need ruleWeight >= 0, exclusionWeight >= 0, 0 < review <= violation <= 1");
        }
    }

    /** The combined score in [0, 1]. */
    public double score(double evidence, double exclusion, double probability) {
        double p = Math.min(1 - CLAMP, Math.max(CLAMP, probability));
        double logOdds = Math.log(p / (1 - p)) + ruleWeight * evidence - exclusionWeight * exclusion;
        return 1 / (1 + Math.exp(-logOdds));
    }

    public Verdict verdict(double combinedScore) {
        if (combinedScore >= violation) {
            return Verdict.VIOLATION;
        }
        return combinedScore >= review ? Verdict.REVIEW : Verdict.CLEAR;
    }

    public Verdict verdict(double evidence, double exclusion, double probability) {
        return verdict(score(evidence, exclusion, probability));
    }

    /** The summed weight of the non-exclusion rules that fired. */
    public static double evidence(List<FiredRule> fired) {
        double sum = 0;
        for (FiredRule rule : fired) {
            sum += Math.max(0, rule.weight());
        }
        return sum;
    }

    /** The summed weight of the exclusion rules that fired, as a positive number. */
    public static double exclusion(List<FiredRule> fired) {
        double sum = 0;
        for (FiredRule rule : fired) {
            sum += Math.max(0, -rule.weight());
        }
        return sum;
    }

    /**
     * The service's decision on one text: normalise once, match the rules, ask the model, combine, explain.
     * The model reads the same normalised words as the rules.
     */
    public Decision decide(Classifier classifier, TextModel model, String text) {
        List<Word> words = classifier.normaliser().words(text);
        Decision rules = classifier.classify(words);
        boolean anyKnown = false;
        for (int i = 0; i < words.size() && !anyKnown; i++) {
            anyKnown = classifier.normaliser().vocabulary().isKnown(words.get(i).text());
        }
        double probability = model.probability(WordTexts.of(words));
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalStateException("Text model " + model.version() + " gave " + probability
                    + ", not a probability");
        }
        boolean nothingToJudge = !anyKnown && rules.firedRules().isEmpty();
        double combined = nothingToJudge ? 0
                : score(evidence(rules.firedRules()), exclusion(rules.firedRules()), probability);
        return new Decision(verdict(combined), combined, rules.matches(), rules.ruleSetId(), rules.ruleSetVersion(),
                rules.firedRules(), rules.ruleScore(), probability, model.version());
    }
}
