package id.pantau.classifier.model;

/**
 * What one word contributes to the model's features whatever its neighbours (see
 * {@link FeatureHashing#wordFeatures}): the summed weight of its character n-grams, the weight of the word as a
 * one-word n-gram, and for every longer word n-gram the hash state after the word and its separator, from
 * which the n-gram's hash continues over the following words. The state for two-word n-grams has a field of
 * its own: the shipped features go no further, and an array would cost one more dependent memory read per
 * word. Immutable.
 *
 * @param singleWeight the weight of the word's one-word n-gram; 0 when the features have none
 * @param pairState    the hash state of a two-word n-gram opened by this word
 * @param longerStates index {@code n - 3}: the hash state of an n-gram of {@code n > 2} words opened by this word
 */
record WordFeatures(String word, double charWeight, double singleWeight, int pairState, int[] longerStates) {

    /** The hash state of an n-gram of {@code n >= 2} words opened by this word. */
    int openState(int n) {
        return n == 2 ? pairState : longerStates[n - 3];
    }
}
