package id.pantau.classifier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.pantau.classifier.domain.normalise.Normaliser;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tribuo.Model;
import org.tribuo.VariableIDInfo;
import org.tribuo.VariableInfo;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.math.la.DenseMatrix;

/**
 * The model's fast path ({@link FeatureHashing#weigh}, {@link FeatureHashing#count}) against the
 * implementation it replaced, kept here as the reference: one callback per n-gram into one running sum. Over
 * every post of the data set, whatever model file ships (it is retrained apart from this code): the same
 * slots in the same order, the same count, and the same probability up to the rounding of the two sums.
 */
class FastFeaturizerEquivalenceTest {

    private static final Normaliser NORMALISER = ServiceNormaliser.rules().normaliser();
    private static final TribuoTextModel MODEL = new TribuoTextModel(TribuoTextModel.SHIPPED);
    private static final FeatureHashing HASHING = MODEL.hashing();

    private static float[] weights;
    private static double bias;
    private static List<List<String>> posts;

    @BeforeAll
    static void readTheModelAndTheDataSet() throws IOException {
        LinearSGDModel tribuo;
        try (InputStream in = FastFeaturizerEquivalenceTest.class.getClassLoader()
                .getResourceAsStream("model/" + Trainer.MODEL_FILE)) {
            tribuo = (LinearSGDModel) Model.deserializeFromStream(in);
        }
        int violation = tribuo.getOutputIDInfo().getID(new Label(LabelledPost.VIOLATION));
        int clear = tribuo.getOutputIDInfo().getID(new Label(LabelledPost.CLEAR));
        DenseMatrix w = tribuo.getWeightsCopy();
        weights = new float[HASHING.dimension()];
        for (VariableInfo info : tribuo.getFeatureIDMap()) {
            int column = ((VariableIDInfo) info).getID();
            int slot = Integer.parseInt(info.getName().substring(Training.FEATURE_PREFIX.length()));
            weights[slot] = (float) (w.get(violation, column) - w.get(clear, column));
        }
        int biasColumn = w.getDimension2Size() - 1;
        bias = w.get(violation, biasColumn) - w.get(clear, biasColumn);
        posts = new ArrayList<>();
        for (String split : DataSet.SPLITS) {
            DataSet.split(split).forEach(post -> posts.add(ServiceNormaliser.words(NORMALISER, post.text())));
        }
        posts.add(List.of());
        posts.add(List.of("a"));
        posts.add(List.of("x".repeat(70), "ballpress", "45rb"));
    }

    @Test
    void reportsTheSameSlotsInTheSameOrderAndTheSameCount() {
        for (List<String> words : posts) {
            List<Integer> expected = new ArrayList<>();
            ReferenceHashing.forEach(HASHING, words, expected::add);
            List<Integer> actual = new ArrayList<>();
            HASHING.forEach(words, actual::add);
            assertEquals(expected, actual, words.toString());
            assertEquals(expected.size(), HASHING.count(words), words.toString());
        }
    }

    @Test
    void givesTheSameProbabilityAsTheOneRunningSum() {
        for (List<String> words : posts) {
            double[] sum = {0};
            int[] count = {0};
            ReferenceHashing.forEach(HASHING, words, slot -> {
                sum[0] += weights[slot];
                count[0]++;
            });
            double z = bias + (count[0] == 0 ? 0 : sum[0] / Math.sqrt(count[0]));
            double expected = 1 / (1 + Math.exp(-z));
            assertEquals(expected, MODEL.probability(words), 1e-12, words.toString());
        }
    }

    /** The hashing loop as it was before the fast path: every n-gram through a callback. */
    private static final class ReferenceHashing {
        private static final int WORD_SEED = 0x9747b28c;
        private static final int CHAR_SEED = 0x5bd1e995;
        private static final int FNV_PRIME = 0x01000193;

        static void forEach(FeatureHashing settings, List<String> words, IntConsumer sink) {
            int mask = settings.dimension() - 1;
            int size = words.size();
            for (int i = 0; i < size; i++) {
                for (int n = settings.wordMin(); n <= settings.wordMax() && i + n <= size; n++) {
                    int h = WORD_SEED ^ n;
                    for (int k = 0; k < n; k++) {
                        if (k > 0) {
                            h = (h ^ ' ') * FNV_PRIME;
                        }
                        String word = words.get(i + k);
                        for (int c = 0; c < word.length(); c++) {
                            h = (h ^ word.charAt(c)) * FNV_PRIME;
                        }
                    }
                    sink.accept(mix(h) & mask);
                }
                String word = words.get(i);
                int padded = word.length() + 2;
                for (int start = 0; start < padded; start++) {
                    int h = CHAR_SEED;
                    for (int n = 1; n <= settings.charMax() && start + n <= padded; n++) {
                        int index = start + n - 1;
                        char c = index == 0 || index == word.length() + 1 ? ' ' : word.charAt(index - 1);
                        h = (h ^ c) * FNV_PRIME;
                        if (n >= settings.charMin()) {
                            sink.accept(mix(h ^ n) & mask);
                        }
                    }
                }
            }
        }

        private static int mix(int h) {
            h ^= h >>> 16;
            h *= 0x85ebca6b;
            h ^= h >>> 13;
            h *= 0xc2b2ae35;
            return h ^ (h >>> 16);
        }
    }
}
