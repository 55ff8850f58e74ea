package id.pantau.classifier.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.pantau.classifier.domain.Classifier;
import id.pantau.classifier.domain.Decision;
import id.pantau.classifier.model.Combination;
import id.pantau.classifier.model.TextModel;
import id.pantau.classifier.model.ServiceNormaliser;
import id.pantau.classifier.model.Trainer;
import id.pantau.classifier.model.TribuoTextModel;
import id.pantau.events.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The service's decision: the shipped rule set, the trained model and {@link Combination#CHOSEN}. */
class DeciderTest {

    private static final Classifier SHIPPED = ServiceNormaliser.rules();
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
            Decision decision = DECIDER.decide(SHIPPED, text);
            assertEquals(Verdict.VIOLATION, decision.verdict(), text);
            assertEquals(Trainer.VERSION, decision.modelVersion());
            assertEquals(4, decision.ruleSetVersion());
            assertTrue(decision.score() >= Combination.CHOSEN.violation() && decision.score() <= 1, text);
        }
    }

    @Test
    void legitimatePostsAreClear() {
        for (String text : List.of(
                "Kementerian Perdagangan memusnahkan 500 bal pakaian bekas impor ilegal di Pekanbaru, warga diimbau beli produk lokal",
                "Razia pakaian bekas impor di Bandung, 500 bal dimusnahkan", "Hidden gem cafe di Bogor, kopinya enak")) {
            Decision decision = DECIDER.decide(SHIPPED, text);
            assertEquals(Verdict.CLEAR, decision.verdict(), text);
            assertTrue(decision.score() < Combination.CHOSEN.review(), text);
        }
    }

    @Test
    void theExplanationKeepsTheRulesPartBesideTheCombinedScore() {
        String text = "Bongkar bal impor Korea hari ini! Thrifting murah mulai 10rb";
        Decision rules = SHIPPED.classify(text);
        Decision decision = DECIDER.decide(SHIPPED, text);
        assertEquals(rules.matches(), decision.matches());
        assertEquals(rules.firedRules(), decision.firedRules());
        assertEquals(7.0, decision.ruleScore());
        assertEquals(Combination.CHOSEN.score(7.0, 0, decision.modelProbability()), decision.score(), 1e-12);
    }

    @Test
    void theModelGetsTheNormalisedWords() {
        FixedModel model = new FixedModel(0.5);
        new Decider(model, Combination.CHOSEN).decide(SHIPPED, "B0NGK4R B4L #pecahbalmedan yg murah");
        assertEquals(List.of(List.of("bongkar", "bal", "pecah", "bal", "medan", "yang", "murah")), model.asked);
    }

    @Test
    void theCombinationWeighsRulesAndModel() {
        Combination unit = new Combination(1.0, 2.0, 0.6, 0.3);
        // bale opening (+2) on a doubtful model: log-odds 0 + 2
        Decision decision = new Decider(new FixedModel(0.5), unit).decide(SHIPPED, "bongkar bal");
        assertEquals(1 / (1 + Math.exp(-2.0)), decision.score(), 1e-12);
        assertEquals(Verdict.VIOLATION, decision.verdict());
        assertEquals("test-model-1", decision.modelVersion());
        assertEquals(Verdict.REVIEW, new Decider(new FixedModel(0.1), unit).decide(SHIPPED, "bongkar bal").verdict());
        // the hay exclusion (4, weighed 2) overrides a confident model: log-odds ln 9 + 2 - 8
        Decision hay = new Decider(new FixedModel(0.9), unit).decide(SHIPPED, "bongkar bal jerami");
        assertEquals(1 / (1 + Math.exp(-(Math.log(9) - 6.0))), hay.score(), 1e-12);
        assertEquals(Verdict.CLEAR, hay.verdict());
    }

    @Test
    void aPostWithNothingToJudgeIsClear() {
        // No rule fired and no known word: the model would only answer its prior.
        for (String text : List.of("🔥🔥👗👕💯🛍️", "a".repeat(10_000), "\u202Eلاب راكغنوب\u202C ملابس مستعملة", "\uD83D")) {
            Decision decision = new Decider(new FixedModel(0.9), Combination.CHOSEN).decide(SHIPPED, text);
            assertEquals(Verdict.CLEAR, decision.verdict());
            assertEquals(0.0, decision.score());
            assertEquals(0.9, decision.modelProbability());
        }
        // One known word is enough for the model to count.
        assertEquals(Verdict.VIOLATION, new Decider(new FixedModel(0.9), Combination.CHOSEN).decide(SHIPPED, "jaket 🔥").verdict());
    }

    @Test
    void aModelAnswerThatIsNoProbabilityIsRefused() {
        for (double wrong : new double[] {Double.NaN, -0.1, 1.5}) {
            assertThrows(IllegalStateException.class, () -> new Decider(new FixedModel(wrong), Combination.CHOSEN).decide(SHIPPED, "halo"));
        }
    }
}
