package id.pantau.classifier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link FeatureHashing#weigh} takes what depends on a word alone from {@link WordFeatures} (through the memo)
 * and hashes only the following words of a longer n-gram; for every n-gram range it must give the sum of the
 * weights of every slot {@link FeatureHashing#forEach} reports.
 */
class WordFeaturesTest {

    private static final List<List<String>> POSTS = List.of(List.of(), List.of("a"),
            List.of("bongkar", "bal", "impor", "korea", "{price}", "bongkar", "bal"),
            List.of("x".repeat(70), "ballpress", "45rb", "thrift", "ballpress"));

    @ParameterizedTest
    @CsvSource({"1, 1", "1, 2", "2, 2", "1, 3", "2, 4"})
    void weighsEverySlotThatForEachReports(int wordMin, int wordMax) {
        FeatureHashing hashing = new FeatureHashing(1 << 10, wordMin, wordMax, 3, 5);
        Random random = new Random(11);
        float[] weights = new float[hashing.dimension()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = random.nextFloat() - 0.5f;
        }
        CharNgramMemo memo = new CharNgramMemo(hashing, weights);
        for (int round = 0; round < 2; round++) {
            for (List<String> words : POSTS) {
                double[] expected = {0};
                hashing.forEach(words, slot -> expected[0] += weights[slot]);
                assertEquals(expected[0], hashing.weigh(words, weights, memo), 1e-9, words + " " + wordMin + ".." + wordMax);
            }
        }
    }
}
