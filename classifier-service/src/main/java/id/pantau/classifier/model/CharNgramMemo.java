package id.pantau.classifier.model;

/**
 * The summed character n-gram weight of recently seen words. Posts repeat their words (and each other's), and
 * the character n-grams of a word are most of a post's n-grams, each a scattered read from the weight array;
 * a word seen before costs one slot read instead. Direct-mapped and fixed in size (a newer word takes over its
 * slot), so memory stays bounded without eviction bookkeeping; a bounded cache library would cost more per
 * look-up than the few reads it saves. Entries are immutable and published whole, so concurrent readers see
 * either an entry or none, and a miss only recomputes the same value: results never depend on the memo.
 */
final class CharNgramMemo {

    private static final int SLOTS = 1 << 12;
    /** Longer words (a 10,000-letter run) are computed every time rather than kept. */
    private static final int MAX_WORD = 32;

    private record Entry(String word, double weight) {
    }

    private final FeatureHashing hashing;
    private final float[] weights;
    private final Entry[] entries = new Entry[SLOTS];

    CharNgramMemo(FeatureHashing hashing, float[] weights) {
        this.hashing = hashing;
        this.weights = weights;
    }

    double weight(String word) {
        int h = word.hashCode();
        int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
        Entry entry = entries[slot];
        if (entry != null && entry.word().equals(word)) {
            return entry.weight();
        }
        double weight = hashing.charNgramWeight(word, weights);
        if (word.length() <= MAX_WORD) {
            entries[slot] = new Entry(word, weight);
        }
        return weight;
    }
}
