package id.pantau.classifier.model;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * The model's features: word n-grams and character n-grams (of each word padded with a space on either
 * side) of the normalised words, hashed into {@code dimension} slots. Hashing is done over the characters
 * in place, without building n-gram strings, because it runs for every post on the classification path.
 * Word and character n-grams hash with different seeds, so "bal" the word and "bal" the trigram differ.
 * The settings are written into the model card and read back at load, so a model is always fed the
 * features it was trained on.
 */
public record FeatureHashing(int dimension, int wordMin, int wordMax, int charMin, int charMax) {

    public static final FeatureHashing DEFAULT = new FeatureHashing(1 << 18, 1, 2, 3, 5);

    private static final int WORD_SEED = 0x9747b28c;
    private static final int CHAR_SEED = 0x5bd1e995;
    private static final int FNV_PRIME = 0x01000193;
    private static final char WORD_SEPARATOR = ' ';
    private static final int[] NO_STATES = new int[0];

    public FeatureHashing {
        if (Integer.bitCount(dimension) != 1 || dimension < 2) {
            throw new IllegalArgumentException("dimension must be a power of two, was " + dimension);
        }
        if (wordMin < 1 || wordMax < wordMin || charMin < 1 || charMax < charMin) {
            throw new IllegalArgumentException("n-gram ranges must be 1 <= min <= max");
        }
    }

    /** Calls {@code sink} with the slot of every n-gram occurrence, in a fixed order. */
    public void forEach(List<String> words, IntConsumer sink) {
        int mask = dimension - 1;
        int size = words.size();
        for (int i = 0; i < size; i++) {
            for (int n = wordMin; n <= wordMax && i + n <= size; n++) {
                int h = WORD_SEED ^ n;
                for (int k = 0; k < n; k++) {
                    if (k > 0) {
                        h = step(h, WORD_SEPARATOR);
                    }
                    h = hash(h, words.get(i + k));
                }
                sink.accept(mix(h) & mask);
            }
            charNgrams(words.get(i), mask, sink);
        }
    }

    /** How many n-gram occurrences {@link #forEach} reports for these words: it depends on their lengths only. */
    public int count(List<String> words) {
        int size = words.size();
        int count = 0;
        for (int n = wordMin; n <= wordMax && n <= size; n++) {
            count += size - n + 1;
        }
        for (int i = 0; i < size; i++) {
            int padded = words.get(i).length() + 2;
            for (int n = charMin; n <= charMax && n <= padded; n++) {
                count += padded - n + 1;
            }
        }
        return count;
    }

    /**
     * The sum of {@code weights[slot]} over every slot {@link #forEach} reports. It runs for every post: what
     * depends on a word alone (its character n-grams, its one-word n-gram, the hash state that opens its
     * longer word n-grams) comes per word from {@code memo} (see {@link CharNgramMemo}), and each longer word
     * n-gram hashes only the words after the first. Word and character n-grams add into two sums, each in
     * {@link #forEach}'s order; the result differs from one running sum in that order by rounding only
     * (relative 1e-15).
     */
    double weigh(List<String> words, float[] weights, CharNgramMemo memo) {
        int mask = dimension - 1;
        int size = words.size();
        double wordSum = 0;
        double charSum = 0;
        for (int i = 0; i < size; i++) {
            WordFeatures first = memo.features(words.get(i));
            for (int n = wordMin; n <= wordMax && i + n <= size; n++) {
                if (n == 1) {
                    wordSum += first.singleWeight();
                    continue;
                }
                int h = first.openState(n);
                for (int k = 1; k < n; k++) {
                    if (k > 1) {
                        h = step(h, WORD_SEPARATOR);
                    }
                    h = hash(h, words.get(i + k));
                }
                wordSum += weights[mix(h) & mask];
            }
            charSum += first.charWeight();
        }
        return wordSum + charSum;
    }

    /** What the word contributes whatever its neighbours, for {@link #weigh} (through {@link CharNgramMemo}). */
    WordFeatures wordFeatures(String word, float[] weights) {
        int mask = dimension - 1;
        double single = wordMin == 1 ? weights[mix(hash(WORD_SEED ^ 1, word)) & mask] : 0;
        int[] open = new int[Math.max(3, wordMax + 1)];
        for (int n = Math.max(2, wordMin); n <= wordMax; n++) {
            open[n] = step(hash(WORD_SEED ^ n, word), WORD_SEPARATOR);
        }
        int[] longer = wordMax > 2 ? java.util.Arrays.copyOfRange(open, 3, wordMax + 1) : NO_STATES;
        return new WordFeatures(word, charNgramWeight(word, weights), single, open[2], longer);
    }

    /** The sum of {@code weights[slot]} over the character n-grams of one word padded with a space on either side. */
    double charNgramWeight(String word, float[] weights) {
        int mask = dimension - 1;
        int padded = word.length() + 2;
        double sum = 0;
        for (int start = 0; start < padded; start++) {
            int h = CHAR_SEED;
            int end = Math.min(padded, start + charMax);
            for (int at = start; at < end; at++) {
                h = step(h, paddedChar(word, at));
                int n = at - start + 1;
                if (n >= charMin) {
                    sum += weights[mix(h ^ n) & mask];
                }
            }
        }
        return sum;
    }

    private void charNgrams(String word, int mask, IntConsumer sink) {
        int padded = word.length() + 2;
        for (int start = 0; start < padded; start++) {
            int h = CHAR_SEED;
            for (int n = 1; n <= charMax && start + n <= padded; n++) {
                h = step(h, paddedChar(word, start + n - 1));
                if (n >= charMin) {
                    sink.accept(mix(h ^ n) & mask);
                }
            }
        }
    }

    private static char paddedChar(String word, int index) {
        return index == 0 || index == word.length() + 1 ? WORD_SEPARATOR : word.charAt(index - 1);
    }

    private static int hash(int h, String text) {
        for (int i = 0; i < text.length(); i++) {
            h = step(h, text.charAt(i));
        }
        return h;
    }

    /** FNV-1a over UTF-16 units. */
    private static int step(int h, char c) {
        return (h ^ c) * FNV_PRIME;
    }

    /** MurmurHash3's finaliser: spreads FNV's weak low bits before masking. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }
}
