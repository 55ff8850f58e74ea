package id.pantau.classifier.domain.normalise;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The words that the normaliser may produce when it rewrites a word: the rule set's words, the joined
 * forms of its phrases ({@code ballpress}, {@code bongkarbal}), a general dictionary and the words of the
 * slang lexicon. A rewrite (leetspeak, joined letters, collapsed letters, segmentation) is only accepted
 * when it yields a known word, so ordinary words are left alone. Single words are also kept in a trie
 * for segmentation, which then walks the text without building substrings.
 */
public final class Vocabulary {

    /** Shorter pieces would let segmentation cut almost any word into something ("di", "ke", "an"). */
    public static final int MIN_PIECE = 3;

    private final Set<String> known = new HashSet<>();
    private final Set<String> joined;
    private final Trie trie = Trie.root();

    public Vocabulary(Collection<String> words, Collection<String> joinedForms) {
        for (String word : words) {
            if (!word.isEmpty()) {
                known.add(word);
                if (word.length() >= MIN_PIECE) {
                    trie.add(word);
                }
            }
        }
        known.addAll(joinedForms);
        joined = Set.copyOf(joinedForms);
    }

    /** A rule phrase written as one word ({@code bongkarbal}): matched whole, so never cut or stemmed. */
    public boolean isJoinedForm(String word) {
        return joined.contains(word);
    }

    public boolean isKnown(String word) {
        return known.contains(word);
    }

    Trie trie() {
        return trie;
    }

    /** Every known word, unmodifiable. */
    public Set<String> words() {
        return java.util.Collections.unmodifiableSet(known);
    }

    public int size() {
        return known.size();
    }

    /**
     * A character trie; children in small parallel arrays, since most nodes have one or two. The root, which
     * has a child for nearly every letter and is entered for every word segmentation looks at, also indexes
     * its ASCII children directly.
     */
    static final class Trie {
        private static final int ASCII = 128;

        private char[] keys = new char[0];
        private Trie[] children = new Trie[0];
        private final Trie[] ascii;
        private boolean terminal;

        private Trie(boolean root) {
            ascii = root ? new Trie[ASCII] : null;
        }

        static Trie root() {
            return new Trie(true);
        }

        void add(String word) {
            Trie node = this;
            for (int i = 0; i < word.length(); i++) {
                node = node.childOrCreate(word.charAt(i));
            }
            node.terminal = true;
        }

        Trie child(char c) {
            if (ascii != null && c < ASCII) {
                return ascii[c];
            }
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == c) {
                    return children[i];
                }
            }
            return null;
        }

        boolean terminal() {
            return terminal;
        }

        private Trie childOrCreate(char c) {
            Trie existing = child(c);
            if (existing != null) {
                return existing;
            }
            keys = java.util.Arrays.copyOf(keys, keys.length + 1);
            children = java.util.Arrays.copyOf(children, children.length + 1);
            keys[keys.length - 1] = c;
            Trie child = new Trie(false);
            children[children.length - 1] = child;
            if (ascii != null && c < ASCII) {
                ascii[c] = child;
            }
            return child;
        }
    }
}
