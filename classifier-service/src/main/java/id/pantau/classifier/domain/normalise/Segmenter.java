package id.pantau.classifier.domain.normalise;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a run-together word or hashtag into known words ({@code pecahbalmedan} → pecah bal medan) by
 * dynamic programming over the vocabulary's trie: the reading with the fewest pieces wins, and a word is
 * only cut when every piece is a known word of at least {@link Vocabulary#MIN_PIECE} letters. Known words
 * (including the joined forms of the rule set's phrases) are never cut.
 */
public final class Segmenter implements Step {

    /** Shorter words are rarely run together, and cutting them is mostly wrong ("balon" is not "bal on"). */
    static final int MIN_LENGTH = 6;
    /** Bounds the work on a long run of letters; a hashtag of more pieces is rare. */
    static final int MAX_LENGTH = 60;

    private final Vocabulary vocabulary;

    public Segmenter(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public List<Word> apply(List<Word> words) {
        List<Word> out = null;
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            int[] cuts = cuts(word.text());
            if (cuts != null && out == null) {
                out = new ArrayList<>(words.subList(0, i));
            }
            if (cuts == null) {
                if (out != null) {
                    out.add(word);
                }
            } else {
                for (int k = 1; k < cuts.length; k++) {
                    out.add(word.sub(cuts[k - 1], cuts[k]));
                }
            }
        }
        return out == null ? words : out;
    }

    /** Most words fail here, before any allocation: no known word of at least three letters starts them. */
    private boolean startsWithAPiece(String text) {
        Vocabulary.Trie node = vocabulary.trie();
        for (int j = 0; j < text.length(); j++) {
            node = node.child(text.charAt(j));
            if (node == null) {
                return false;
            }
            if (node.terminal() && j + 1 >= Vocabulary.MIN_PIECE) {
                return true;
            }
        }
        return false;
    }

    /** The piece boundaries (0, ..., length) of the best cut, or null when the word stays whole. */
    int[] cuts(String text) {
        int n = text.length();
        if (n < MIN_LENGTH || n > MAX_LENGTH || !startsWithAPiece(text)) {
            return null;
        }
        for (int i = 0; i < n; i++) {
            if (!Letters.isLetter(text.charAt(i))) {
                return null;
            }
        }
        if (vocabulary.isKnown(text)) {
            return null;
        }
        int[] pieces = new int[n + 1];
        int[] previous = new int[n + 1];
        java.util.Arrays.fill(pieces, Integer.MAX_VALUE);
        pieces[0] = 0;
        Vocabulary.Trie root = vocabulary.trie();
        for (int i = 0; i < n; i++) {
            if (pieces[i] == Integer.MAX_VALUE) {
                continue;
            }
            Vocabulary.Trie node = root;
            for (int j = i; j < n; j++) {
                node = node.child(text.charAt(j));
                if (node == null) {
                    break;
                }
                if (node.terminal() && j + 1 - i >= Vocabulary.MIN_PIECE && pieces[i] + 1 < pieces[j + 1]) {
                    pieces[j + 1] = pieces[i] + 1;
                    previous[j + 1] = i;
                }
            }
        }
        if (pieces[n] == Integer.MAX_VALUE || pieces[n] < 2) {
            return null;
        }
        int[] cuts = new int[pieces[n] + 1];
        for (int at = n, k = pieces[n]; k >= 0; k--) {
            cuts[k] = at;
            at = previous[at];
        }
        return cuts;
    }
}
