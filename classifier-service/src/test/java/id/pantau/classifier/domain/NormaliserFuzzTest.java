package id.pantau.classifier.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import id.pantau.classifier.config.RuleSetLoader;
import id.pantau.events.MatchedTerm;

/**
 * Random text through the normaliser and the matcher (rule set v3: every rule kind, shapes included): no
 * exception, every token and span inside the text, and normalising twice the same as once. The normal
 * build replays the seeds in {@code NormaliserFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes for the duration.
 */
class NormaliserFuzzTest {

    private static final Classifier CLASSIFIER =
            new Classifier(RuleSetLoader.load("classpath:rulesets/second-hand-clothing.v3.json"));

    @FuzzTest(maxDuration = "30s")
    void normaliseAndMatchAnything(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        for (Token token : CLASSIFIER.normaliser().tokens(text)) {
            assertTrue(0 <= token.start() && token.start() < token.end() && token.end() <= text.length(), token::toString);
        }
        Decision decision = CLASSIFIER.classify(text);
        for (MatchedTerm match : decision.matches()) {
            assertTrue(0 <= match.start() && match.start() < match.end() && match.end() <= text.length(), match::toString);
        }
        assertTrue(decision.score() >= 0);
        String once = CLASSIFIER.normaliser().normalise(text);
        assertEquals(once, CLASSIFIER.normaliser().normalise(once), () -> "text: " + text);
    }
}
