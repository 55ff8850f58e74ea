package id.pantau.classifier.domain;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every phrase of a rule set in one Aho-Corasick automaton (a double-array trie from
 * {@code com.hankcs:aho-corasick-double-array-trie}), run over the normalised words of a post in one pass,
 * whatever the number of terms. The automaton reads words, not characters: every distinct word of the
 * phrases gets one character of its own ({@link #FIRST_WORD} onwards), a phrase is the string of its words'
 * characters, and a post is fed one character per word ({@link #OTHER_WORD} for a word that no phrase holds).
 * So a key only ever matches whole words, and a post of 30 words costs 30 steps of the automaton rather than
 * one per letter. A phrase of several words is also found written as one word ({@code #bongkarbal} for
 * "bongkar bal"). Immutable; searching is thread-safe.
 *
 * @param <P> what a phrase stands for (the caller's rule and role)
 */
final class PhraseAutomaton<P> {

    /** Stands for every word of a post that is in no phrase; no key holds it, so it only breaks matches. */
    private static final char OTHER_WORD = 0;
    private static final char FIRST_WORD = 1;
    /** One character per distinct phrase word; the library's arrays are sized for any character. */
    static final int MAX_WORDS = Character.MAX_VALUE - FIRST_WORD;

    /** Reported for every occurrence: the phrase covers words [first, last) of the post. */
    interface Hits<P> {
        void hit(P phrase, int first, int last);
    }

    private final AhoCorasickDoubleArrayTrie<List<P>> trie = new AhoCorasickDoubleArrayTrie<>();
    /** The character that stands for each phrase word. */
    private final Map<String, Character> alphabet = new HashMap<>();

    /** @param phrases each phrase's words, already normalised */
    PhraseAutomaton(Map<P, List<String>> phrases) {
        Map<String, List<P>> keys = new HashMap<>();
        phrases.forEach((phrase, words) -> {
            if (words.isEmpty()) {
                return; // the loader refuses such terms; a hand-built rule set must not break the automaton
            }
            keys.computeIfAbsent(key(words), k -> new ArrayList<>(1)).add(phrase);
            if (words.size() > 1) {
                keys.computeIfAbsent(key(List.of(String.join("", words))), k -> new ArrayList<>(1)).add(phrase);
            }
        });
        if (!keys.isEmpty()) {
            trie.build(keys);
        }
    }

    private String key(List<String> words) {
        char[] key = new char[words.size()];
        for (int i = 0; i < key.length; i++) {
            key[i] = alphabet.computeIfAbsent(words.get(i), word -> {
                if (alphabet.size() == MAX_WORDS) {
                    throw new IllegalArgumentException("A rule set may hold at most " + MAX_WORDS + " distinct words");
                }
                return (char) (FIRST_WORD + alphabet.size());
            });
        }
        return new String(key);
    }

    void find(List<String> words, Hits<P> hits) {
        if (alphabet.isEmpty() || words.isEmpty()) {
            return;
        }
        char[] text = new char[words.size()];
        for (int w = 0; w < text.length; w++) {
            Character letter = alphabet.get(words.get(w));
            text[w] = letter == null ? OTHER_WORD : letter;
        }
        trie.parseText(text, (first, last, found) -> {
            for (P phrase : found) {
                hits.hit(phrase, first, last);
            }
        });
    }
}
