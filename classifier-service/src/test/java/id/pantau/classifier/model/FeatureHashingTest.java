package id.pantau.classifier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeatureHashingTest {

    private static final FeatureHashing HASHING = FeatureHashing.DEFAULT;

    private static List<Integer> slots(List<String> words) {
        List<Integer> slots = new ArrayList<>();
        HASHING.forEach(words, slots::add);
        return slots;
    }

    @Test
    void countsWordAndCharacterNgrams() {
        // "bal": 1 word; padded " bal " has 3 trigrams, 2 four-grams, 1 five-gram
        assertEquals(1 + 6, HASHING.count(List.of("bal")));
        // "bal impor": 2 words + 1 bigram; " impor " has 5 + 4 + 3 character n-grams
        assertEquals(3 + 6 + 12, HASHING.count(List.of("bal", "impor")));
        assertEquals(0, HASHING.count(List.of()));
        // a one-letter word still gives its padded trigram
        assertEquals(1 + 1, HASHING.count(List.of("a")));
    }

    @Test
    void isDeterministicAndInRange() {
        List<String> words = List.of("bongkar", "bal", "korea", "jaket", "35k");
        List<Integer> first = slots(words);
        assertEquals(first, slots(words));
        first.forEach(slot -> assertTrue(slot >= 0 && slot < HASHING.dimension(), "slot " + slot));
    }

    @Test
    void wordOrderMattersThroughBigramsOnly() {
        Set<Integer> forward = new HashSet<>(slots(List.of("bal", "impor")));
        Set<Integer> backward = new HashSet<>(slots(List.of("impor", "bal")));
        assertNotEquals(forward, backward);
        Set<Integer> shared = new HashSet<>(forward);
        shared.retainAll(backward);
        assertEquals(forward.size() - 1, shared.size(), "all but the bigram are shared");
    }

    @Test
    void aWordAndItsTrigramHashApart() {
        // the word "bal" and the character trigram "bal" (inside "balon") must not share a slot by design
        List<Integer> word = slots(List.of("bal"));
        List<Integer> balon = slots(List.of("xbalx"));
        assertTrue(!balon.contains(word.getFirst()));
    }

    @Test
    void refusesBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> new FeatureHashing(1000, 1, 2, 3, 5));
        assertThrows(IllegalArgumentException.class, () -> new FeatureHashing(1024, 2, 1, 3, 5));
        assertThrows(IllegalArgumentException.class, () -> new FeatureHashing(1024, 1, 2, 0, 5));
    }
}
