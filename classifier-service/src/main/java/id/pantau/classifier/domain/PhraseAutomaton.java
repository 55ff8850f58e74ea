package id.pantau.classifier.domain;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every phrase of a rule set in one Aho-Corasick automaton (a double-array trie from
 * {@code com.hankcs:aho-corasick-double-array-trie}), run over the normalised words of a post in one pass,
 * whatever the number of terms. Words are fed separated by a space (a word never contains one) and keys are
 * phrases wrapped in spaces, so a key only matches whole words. A phrase of several words is also found
 * written as one word ({@code #bongkarbal} for "bongkar bal"). Immutable; searching is thread-safe.
 *
 * @param <P> what a phrase stands for (the caller's rule and role)
 */
final class PhraseAutomaton<P> {

    private static final char SEPARATOR = ' ';

    /** Reported for every occurrence: the phrase covers words [first, last) of the post. */
    interface Hits<P> {
        void hit(P phrase, int first, int last);
    }

    /** One key's meaning: the phrase and how many words of the post it covers when found. */
    private record Target<P>(P phrase, int words) {
    }

    private final AhoCorasickDoubleArrayTrie<List<Target<P>>> trie = new AhoCorasickDoubleArrayTrie<>();
    private final boolean empty;

    /** @param phrases each phrase's words, already normalised */
    PhraseAutomaton(Map<P, List<String>> phrases) {
        Map<String, List<Target<P>>> keys = new HashMap<>();
        phrases.forEach((phrase, words) -> {
            if (words.isEmpty()) {
                return; // the loader refuses such terms; a hand-built rule set must not break the automaton
            }
            keys.computeIfAbsent(key(String.join(" ", words)), k -> new ArrayList<>(1))
                    .add(new Target<>(phrase, words.size()));
            if (words.size() > 1) {
                keys.computeIfAbsent(key(String.join("", words)), k -> new ArrayList<>(1)).add(new Target<>(phrase, 1));
            }
        });
        empty = keys.isEmpty();
        if (!empty) {
            trie.build(keys);
        }
    }

    private static String key(String words) {
        return SEPARATOR + words + SEPARATOR;
    }

    void find(List<String> words, Hits<P> hits) {
        if (empty || words.isEmpty()) {
            return;
        }
        int length = 1;
        for (String word : words) {
            length += word.length() + 1;
        }
        char[] text = new char[length];
        // Every key begins at the separator in front of a word: that position holds the word's index.
        int[] wordAt = new int[length];
        text[0] = SEPARATOR;
        int at = 1;
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            wordAt[at - 1] = w;
            word.getChars(0, word.length(), text, at);
            at += word.length();
            text[at++] = SEPARATOR;
        }
        trie.parseText(text, (begin, end, targets) -> {
            int first = wordAt[begin];
            for (Target<P> target : targets) {
                hits.hit(target.phrase(), first, first + target.words());
            }
        });
    }
}
