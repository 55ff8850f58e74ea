package id.pantau.classifier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.pantau.events.Verdict;
import org.junit.jupiter.api.Test;

class CombinationTest {

    @Test
    void chosenCombinationStillFollowsFromTheValidationSplit() {
        Evaluation evaluation = new Evaluation(ServiceNormaliser.rules(), new TribuoTextModel(TribuoTextModel.SHIPPED));
        assertEquals(CombinationSearch.choose(evaluation.score(DataSet.split(DataSet.VALIDATION))), Combination.CHOSEN);
    }

    @Test
    void squashesTheRuleScoreAndWeighsItAgainstTheProbability() {
        Combination c = new Combination(0.4, 2.0, 0.6, 0.3);
        assertEquals(0.6 * 0.9, c.score(0, 0.9), 1e-12);
        assertEquals(0.4 * 0.5 + 0.6 * 0.1, c.score(2.0, 0.1), 1e-12);
        assertEquals(0.4 * (6.0 / 8.0) + 0.6 * 0.5, c.score(6.0, 0.5), 1e-12);
        assertEquals(Verdict.VIOLATION, c.verdict(0.6));
        assertEquals(Verdict.REVIEW, c.verdict(0.3));
        assertEquals(Verdict.CLEAR, c.verdict(0.29));
        assertEquals(Verdict.VIOLATION, c.verdict(10.0, 0.9));
    }

    @Test
    void refusesInconsistentSettings() {
        assertThrows(IllegalArgumentException.class, () -> new Combination(1.5, 2.0, 0.6, 0.3));
        assertThrows(IllegalArgumentException.class, () -> new Combination(0.5, 0, 0.6, 0.3));
        assertThrows(IllegalArgumentException.class, () -> new Combination(0.5, 2.0, 0.3, 0.6));
        assertThrows(IllegalArgumentException.class, () -> new Combination(0.5, 2.0, 0.6, 0));
    }
}
