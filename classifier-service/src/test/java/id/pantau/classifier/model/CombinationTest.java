package id.pantau.classifier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.pantau.classifier.domain.Category;
import id.pantau.classifier.domain.FiredRule;
import id.pantau.classifier.model.Evaluation.Scored;
import id.pantau.events.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class CombinationTest {

    @Test
    void chosenCombinationStillFollowsFromTheValidationSplit() {
        Evaluation evaluation = new Evaluation(ServiceNormaliser.rules(), new TribuoTextModel(TribuoTextModel.SHIPPED));
        assertEquals(CombinationSearch.choose(evaluation.score(DataSet.split(DataSet.VALIDATION))), Combination.CHOSEN);
    }

    /** The rules move the model's log-odds: evidence up, exclusions down; with both weights 0 it is the model. */
    @Test
    void addsWeightedRuleEvidenceAndExclusionsToTheLogOdds() {
        Combination c = new Combination(0.5, 1.0, 0.6, 0.3);
        assertEquals(0.9, c.score(0, 0, 0.9), 1e-12);
        assertEquals(sigmoid(logit(0.1) + 0.5 * 2.0), c.score(2.0, 0, 0.1), 1e-12);
        assertEquals(sigmoid(logit(0.9) + 0.5 * 2.0 - 4.0), c.score(2.0, 4.0, 0.9), 1e-12);
        assertEquals(0.7, new Combination(0, 0, 0.5, 0.1).score(10, 10, 0.7), 1e-12);
        // a probability of exactly 0 or 1 stays movable and the score stays in [0, 1]
        assertTrue(c.score(0, 30, 1.0) < 0.5);
        assertTrue(c.score(60, 0, 0.0) > 0.5);
        assertEquals(Verdict.VIOLATION, c.verdict(0.6));
        assertEquals(Verdict.REVIEW, c.verdict(0.3));
        assertEquals(Verdict.CLEAR, c.verdict(0.29));
        assertEquals(Verdict.VIOLATION, c.verdict(10.0, 0, 0.9));
        assertEquals(Verdict.CLEAR, c.verdict(2.0, 8.0, 0.9));
    }

    @Test
    void splitsFiredRulesIntoEvidenceAndExclusion() {
        List<FiredRule> fired = List.of(new FiredRule("a", Category.TRADE_TERM, 2.0),
                new FiredRule("b", Category.ORIGIN, 0.0), new FiredRule("c", Category.TRADE_TERM, 1.5),
                new FiredRule("d", Category.EXCLUSION, -4.0), new FiredRule("e", Category.EXCLUSION, -2.5));
        assertEquals(3.5, Combination.evidence(fired), 1e-12);
        assertEquals(6.5, Combination.exclusion(fired), 1e-12);
        assertEquals(0.0, Combination.evidence(List.of()), 0);
    }

    @Test
    void theSearchGivesTheRulesNoWeightWhenTheyOnlyAddNoise() {
        // The model separates these posts; the rules fire on a clear post and miss a violation.
        List<Scored> posts = List.of(scored("VIOLATION", 0, 0, 0.95), scored("VIOLATION", 0, 0, 0.9),
                scored("CLEAR", 3, 0, 0.05), scored("CLEAR", 0, 0, 0.1));
        Combination chosen = CombinationSearch.choose(posts);
        assertEquals(0.0, chosen.ruleWeight());
        assertEquals(0.0, chosen.exclusionWeight());
    }

    @Test
    void theSearchWeighsExclusionsThatCorrectTheModel() {
        // The model calls two trap posts violations; an exclusion fired on both and on no violation.
        List<Scored> posts = List.of(scored("VIOLATION", 2, 0, 0.95), scored("VIOLATION", 2, 0, 0.9),
                scored("VIOLATION", 0, 0, 0.8), scored("CLEAR", 2, 4, 0.9), scored("CLEAR", 0, 4, 0.7),
                scored("CLEAR", 0, 0, 0.05));
        Combination chosen = CombinationSearch.choose(posts);
        assertTrue(chosen.exclusionWeight() > 0, chosen.toString());
        assertEquals(Verdict.VIOLATION, new Combination(0, 0, chosen.violation(), chosen.review()).verdict(2, 4, 0.9));
        assertNotEquals(Verdict.VIOLATION, chosen.verdict(2, 4, 0.9));
        assertEquals(Verdict.VIOLATION, chosen.verdict(0, 0, 0.8));
    }

    @Test
    void refusesInconsistentSettings() {
        assertThrows(IllegalArgumentException.class, () -> new Combination(-0.5, 1.0, 0.6, 0.3));
        assertThrows(IllegalArgumentException.class, () -> new Combination(0.5, -1.0, 0.6, 0.3));
        assertThrows(IllegalArgumentException.class, () -> new Combination(0.5, 1.0, 0.3, 0.6));
        assertThrows(IllegalArgumentException.class, () -> new Combination(0.5, 1.0, 0.6, 0));
        assertThrows(IllegalArgumentException.class, () -> new Combination(Double.NaN, 1.0, 0.6, 0.3));
    }

    private static Scored scored(String label, double evidence, double exclusion, double probability) {
        String id = label + evidence + "/" + exclusion + "/" + probability;
        return new Scored(new LabelledPost(id, "text " + id, label, "c", "c-00"), Verdict.CLEAR, evidence, evidence,
                exclusion, probability);
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
