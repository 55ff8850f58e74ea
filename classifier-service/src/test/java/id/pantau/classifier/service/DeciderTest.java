package id.pantau.classifier.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.pantau.classifier.config.RuleSetLoader;
import id.pantau.classifier.domain.Classifier;
import id.pantau.classifier.domain.Decision;
import id.pantau.classifier.model.Combination;
import id.pantau.classifier.model.TextModel;
import id.pantau.classifier.model.Trainer;
import id.pantau.classifier.model.TribuoTextModel;
import id.pantau.events.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The service's decision: the shipped rule set, the trained model and {@link Combination#CHOSEN}. */
class DeciderTest {

    private static final Classifier V2 = new Classifier(RuleSetLoader.load("classpath:rulesets/second-hand-clothing.v2.json"));
    private static final Decider DECIDER = new Decider(new TribuoTextModel(TribuoTextModel.SHIPPED));

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
    void classicPromotionsAreViolationsAndNameTheModel() {
        for (String text : List.of(
                "Bongkar bal impor Korea hari ini! Thrifting murah mulai 10rb, jaket dan hoodie branded #thrifting",
                "Ready thr!ft impor Korea, DM aja kak", "h!dden g3m jaket, b4l impor #pecahbalmedan",
                "Awul-awul Sukawati buka lagi, jaket cuma 25rb")) {
            Decision decision = DECIDER.decide(V2, text);
            assertEquals(Verdict.VIOLATION, decision.verdict(), text);
            assertEquals(Trainer.VERSION, decision.modelVersion());
            assertEquals(2, decision.ruleSetVersion());
            assertTrue(decision.score() >= Combination.CHOSEN.violation() && decision.score() <= 1, text);
        }
    }

    @Test
    void legitimatePostsAreClear() {
        for (String text : List.of(
                "Kementerian Perdagangan memusnahkan 500 bal pakaian bekas impor ilegal di Pekanbaru, warga diimbau beli produk lokal",
                "Razia pakaian bekas impor di Bandung, 500 bal dimusnahkan", "Hidden gem cafe di Bogor, kopinya enak")) {
            Decision decision = DECIDER.decide(V2, text);
            assertEquals(Verdict.CLEAR, decision.verdict(), text);
            assertTrue(decision.modelProbability() < Combination.CHOSEN.review(), text);
        }
    }

    @Test
    void theExplanationKeepsTheRulesPartBesideTheCombinedScore() {
        String text = "Bongkar bal impor Korea hari ini! Thrifting murah mulai 10rb";
        Decision rules = V2.classify(text);
        Decision decision = DECIDER.decide(V2, text);
        assertEquals(rules.matches(), decision.matches());
        assertEquals(rules.firedRules(), decision.firedRules());
        assertEquals(5.0, decision.ruleScore());
        assertEquals(Combination.CHOSEN.score(5.0, decision.modelProbability()), decision.score(), 1e-12);
    }

    @Test
    void theModelGetsTheNormalisedWords() {
        FixedModel model = new FixedModel(0.5);
        new Decider(model, Combination.CHOSEN).decide(V2, "B0NGK4R B4L #pecahbalmedan yg murah");
        assertEquals(List.of(List.of("bongkar", "bal", "pecah", "bal", "medan", "yang", "murah")), model.asked);
    }

    @Test
    void theCombinationWeighsRulesAndModel() {
        Combination half = new Combination(0.5, Combination.RULE_HALF_SCORE, 0.6, 0.3);
        // rule score 2 counts 0.5; 0.5 * 0.5 + 0.5 * 0.9 = 0.7
        Decision decision = new Decider(new FixedModel(0.9), half).decide(V2, "bongkar bal");
        assertEquals(0.7, decision.score(), 1e-12);
        assertEquals(Verdict.VIOLATION, decision.verdict());
        assertEquals("test-model-1", decision.modelVersion());
        assertEquals(Verdict.REVIEW, new Decider(new FixedModel(0.2), half).decide(V2, "bongkar bal").verdict());
    }

    @Test
    void aPostWithNothingToJudgeIsClear() {
        // No rule fired and no known word: the model would only answer its prior.
        for (String text : List.of("🔥🔥👗👕💯🛍️", "a".repeat(10_000), "\u202Eلاب راكغنوب\u202C ملابس مستعملة", "\uD83D")) {
            Decision decision = new Decider(new FixedModel(0.9), Combination.CHOSEN).decide(V2, text);
            assertEquals(Verdict.CLEAR, decision.verdict());
            assertEquals(0.0, decision.score());
            assertEquals(0.9, decision.modelProbability());
        }
        // One known word is enough for the model to count.
        assertEquals(Verdict.VIOLATION, new Decider(new FixedModel(0.9), Combination.CHOSEN).decide(V2, "jaket 🔥").verdict());
    }

    @Test
    void aModelAnswerThatIsNoProbabilityIsRefused() {
        for (double wrong : new double[] {Double.NaN, -0.1, 1.5}) {
            assertThrows(IllegalStateException.class, () -> new Decider(new FixedModel(wrong), Combination.CHOSEN).decide(V2, "halo"));
        }
    }
}
