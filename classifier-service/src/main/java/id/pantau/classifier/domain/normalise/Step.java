package id.pantau.classifier.domain.normalise;

import java.util.List;

/** One step of the normalisation pipeline: words in, words out, each keeping its spans in the original. */
public interface Step {

    List<Word> apply(List<Word> words);
}
