package id.pantau.classifier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CharNgramMemoTest {

    private static final FeatureHashing HASHING = new FeatureHashing(1 << 10, 1, 2, 3, 5);

    private static float[] weights() {
        Random random = new Random(7);
        float[] weights = new float[HASHING.dimension()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = random.nextFloat() - 0.5f;
        }
        return weights;
    }

    @Test
    void aRememberedWordGivesWhatComputingItGives() {
        float[] weights = weights();
        CharNgramMemo memo = new CharNgramMemo(HASHING, weights);
        for (int round = 0; round < 2; round++) {
            for (String word : new String[] {"ballpress", "bal", "a", "thrift", "bal"}) {
                assertEquals(HASHING.charNgramWeight(word, weights), memo.weight(word), 0, word);
            }
        }
    }

    @Test
    void wordsSharingASlotDoNotTakeEachOthersWeight() {
        float[] weights = weights();
        CharNgramMemo memo = new CharNgramMemo(HASHING, weights);
        // "Aa" and "BB" have the same String hash code, so they always land in the same slot.
        for (int round = 0; round < 3; round++) {
            assertEquals(HASHING.charNgramWeight("Aa", weights), memo.weight("Aa"), 0);
            assertEquals(HASHING.charNgramWeight("BB", weights), memo.weight("BB"), 0);
        }
    }

    @Test
    void aLongWordIsComputedEveryTime() {
        float[] weights = weights();
        CharNgramMemo memo = new CharNgramMemo(HASHING, weights);
        String run = "a".repeat(10_000);
        assertEquals(HASHING.charNgramWeight(run, weights), memo.weight(run), 0);
        assertEquals(HASHING.charNgramWeight(run, weights), memo.weight(run), 0);
    }
}
