package id.pantau.classifier.model;

/**
 * The features of recently seen words that depend on the word alone ({@link WordFeatures}: its summed
 * character n-gram weight, its single-word weight and the hash states that open its word n-grams). Posts
 * repeat their words (and each other's), and the character n-grams of a word are most of a post's n-grams,
 * each a scattered read from the weight array; a word seen before costs one slot read instead. Direct-mapped
 * and fixed in size (a newer word takes over its slot), so memory stays bounded without eviction bookkeeping;
 * a bounded cache library would cost more per look-up than the few reads it saves. Entries are immutable and
 * published whole, so concurrent readers see either an entry or none, and a miss only recomputes the same
 * value: results never depend on the memo.
 */
final class CharNgramMemo {

    private static final int SLOTS = 1 << 12;
    /** Longer words (a 10,000-letter run) are computed every time rather than kept. */
    private static final int MAX_WORD = 32;

    private final FeatureHashing hashing;
    private final float[] weights;
    private final WordFeatures[] entries = new WordFeatures[SLOTS];

    CharNgramMemo(FeatureHashing hashing, float[] weights) {
        this.hashing = hashing;
        this.weights = weights;
    }

    /** The summed weight of the word's character n-grams. */
    double weight(String word) {
        return features(word).charWeight();
    }

    WordFeatures features(String word) {
        int h = word.hashCode();
        int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
        WordFeatures entry = entries[slot];
        if (entry != null && entry.word().equals(word)) {
            return entry;
        }
        WordFeatures features = hashing.wordFeatures(word, weights);
        if (word.length() <= MAX_WORD) {
            entries[slot] = features;
        }
        return features;
    }
}
