package id.pantau.classifier.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.pantau.classifier.config.RuleSetLoader;
import id.pantau.classifier.model.TextModel;
import id.pantau.classifier.service.Decider;
import id.pantau.events.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The combination of rule score and model probability, with and without a model. */
class DecisionPolicyTest {

    private static final Classifier V2 = new Classifier(RuleSetLoader.load("classpath:rulesets/second-hand-clothing.v2.json"));
    private static final DecisionPolicy POLICY = new DecisionPolicy(0.6, 0.4, 0.6, 0.35);

    /** A model that answers a fixed probability and remembers what it was asked. */
    private static final class FixedModel implements TextModel {
        private final double probability;
        private final List<List<String>> asked = new ArrayList<>();

        FixedModel(double probability) {
            this.probability = probability;
        }

        @Override
        public String version() {
            return "test-model-1";
        }

        @Override
        public double probability(List<String> normalisedWords) {
            asked.add(normalisedWords);
            return probability;
        }
    }

    @Test
    void withoutAModelTheRulesDecideAlone() {
        FixedModel none = new FixedModel(Double.NaN);
        for (String text : List.of("Bongkar bal impor Korea hari ini!", "Thrifting haul hari ini", "hidden gem cafe di Bogor",
                "Razia pakaian bekas impor di Bandung")) {
            Decision rules = V2.classify(text);
            Decision decided = new Decider(none, POLICY).decide(V2, text);
            assertEquals(rules.verdict(), decided.verdict(), text);
            assertEquals(rules.score(), decided.score(), text);
            assertEquals(rules.score(), decided.ruleScore(), text);
            assertEquals(rules.matches(), decided.matches(), text);
            assertTrue(Double.isNaN(decided.modelProbability()));
            assertEquals("test-model-1", decided.modelVersion());
        }
    }

    @Test
    void theModelGetsTheNormalisedWords() {
        FixedModel model = new FixedModel(0.5);
        new Decider(model, POLICY).decide(V2, "B0NGK4R B4L #pecahbalmedan yg murah");
        assertEquals(List.of(List.of("bongkar", "bal", "pecah", "bal", "medan", "yang", "murah")), model.asked);
    }

    @Test
    void withAModelTheScoreIsTheWeightedMeanOfRuleEvidenceAndProbability() {
        // "thrifting" scores 1.0 of the rule set's 2.0: evidence 0.5.
        Decision high = new Decider(new FixedModel(0.9), POLICY).decide(V2, "thrifting murah");
        assertEquals((0.6 * 0.5 + 0.4 * 0.9) / 1.0, high.score(), 1e-6);
        assertEquals(Verdict.VIOLATION, high.verdict());
        assertEquals(1.0, high.ruleScore());
        assertEquals(0.9, high.modelProbability());
        Decision low = new Decider(new FixedModel(0.05), POLICY).decide(V2, "thrifting murah");
        assertEquals(0.32, low.score(), 1e-6);
        assertEquals(Verdict.CLEAR, low.verdict());
    }

    @Test
    void theModelCanRaiseWhatNoRuleSawAndRuleEvidenceIsCappedAtOne() {
        Decision unseen = new Decider(new FixedModel(1.0), POLICY).decide(V2, "stok karung korea baru datang");
        assertEquals(0.0, unseen.ruleScore());
        assertEquals(0.4, unseen.score(), 1e-6);
        assertEquals(Verdict.REVIEW, unseen.verdict());
        Decision strong = new Decider(new FixedModel(0.0), POLICY).decide(V2, "Bongkar bal impor Korea hari ini! Thrifting");
        assertEquals(5.0, strong.ruleScore());
        assertEquals(0.6, strong.score(), 1e-6);
        assertEquals(Verdict.VIOLATION, strong.verdict());
    }

    @Test
    void anOutOfRangeProbabilityIsClamped() {
        assertEquals(1.0, new Decider(new FixedModel(7), POLICY).decide(V2, "halo").modelProbability());
        assertEquals(0.0, new Decider(new FixedModel(-1), POLICY).decide(V2, "halo").modelProbability());
    }

    @Test
    void nonsensicalSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DecisionPolicy(0, 0, 0.6, 0.3));
        assertThrows(IllegalArgumentException.class, () -> new DecisionPolicy(-1, 1, 0.6, 0.3));
        assertThrows(IllegalArgumentException.class, () -> new DecisionPolicy(1, 1, 0.3, 0.6));
        assertThrows(IllegalArgumentException.class, () -> new DecisionPolicy(1, 1, 1.5, 0.6));
        assertThrows(IllegalArgumentException.class, () -> new DecisionPolicy(1, 1, 0.6, 0));
        assertThrows(IllegalArgumentException.class, () -> new DecisionPolicy(Double.NaN, 1, 0.6, 0.3));
    }

    @Test
    void aRuleDecisionWithoutModelSaysSo() {
        Decision rules = V2.classify("bongkar bal");
        assertEquals(Decision.NO_MODEL, rules.modelVersion());
        org.junit.jupiter.api.Assertions.assertFalse(rules.modelUsed());
    }
}
