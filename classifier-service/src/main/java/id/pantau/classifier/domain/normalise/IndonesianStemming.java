package id.pantau.classifier.domain.normalise;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.id.IndonesianStemmer;

/**
 * Optional last step (a rule-set flag): Lucene's {@link IndonesianStemmer} removes particles, possessives
 * and derivational affixes ({@code memusnahkan}, {@code dimusnahkan} → musnah; {@code bajunya} → baju), so
 * one term covers its inflections. Rule terms are stemmed the same way. The stem spans the whole original
 * word. The joined form of a rule phrase is left whole. The stemmer is applied until it changes nothing,
 * so that stemming a stem gives the stem.
 */
public final class IndonesianStemming implements Step {

    /** Short words are mostly roots already, and the stemmer would cut them into nothing useful. */
    private static final int MIN_LENGTH = 5;
    private static final int MAX_ROUNDS = 4;

    private final Vocabulary vocabulary;

    public IndonesianStemming(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public List<Word> apply(List<Word> words) {
        // The stemmer keeps state while it works: one per call keeps the step thread-safe.
        IndonesianStemmer stemmer = new IndonesianStemmer();
        List<Word> out = new ArrayList<>(words.size());
        for (Word word : words) {
            String stem = stem(stemmer, word.text());
            out.add(stem.equals(word.text()) ? word : Word.spanning(stem, word.start(), word.end()));
        }
        return out;
    }

    String stem(IndonesianStemmer stemmer, String text) {
        if (text.length() < MIN_LENGTH || vocabulary.isJoinedForm(text) || !isLetters(text)) {
            return text;
        }
        char[] chars = text.toCharArray();
        int length = chars.length;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            int stemmed = stemmer.stem(chars, length, true);
            if (stemmed == length || stemmed < 2) {
                break;
            }
            length = stemmed;
        }
        return new String(chars, 0, length);
    }

    private static boolean isLetters(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Letters.isLetter(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
