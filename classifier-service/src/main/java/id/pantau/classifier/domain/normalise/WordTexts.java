package id.pantau.classifier.domain.normalise;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The texts of normalised words as a read-only view, for the model, which reads strings: copying them into a
 * list of their own would cost a list and its array per post for nothing.
 */
public final class WordTexts extends AbstractList<String> implements RandomAccess {

    private final List<Word> words;

    private WordTexts(List<Word> words) {
        this.words = words;
    }

    public static List<String> of(List<Word> words) {
        return new WordTexts(words);
    }

    @Override
    public String get(int index) {
        return words.get(index).text();
    }

    @Override
    public int size() {
        return words.size();
    }
}
