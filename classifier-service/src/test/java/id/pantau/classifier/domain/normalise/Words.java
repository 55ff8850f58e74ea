package id.pantau.classifier.domain.normalise;

import java.util.List;
import java.util.Set;

/** Small helpers for the step tests: a vocabulary of a few words and words scanned from a text. */
final class Words {

    static final Vocabulary VOCABULARY = new Vocabulary(
            List.of("thrift", "thrifting", "hidden", "gem", "bal", "bongkar", "pecah", "impor", "medan", "murah",
                    "ball", "press", "balon", "bali", "sale", "baju"),
            Set.of("ballpress", "bongkarbal", "pecahbal", "balimpor"));

    private Words() {
    }

    static List<String> texts(List<Word> words) {
        return words.stream().map(Word::text).toList();
    }

    static String spans(String original, List<Word> words) {
        return String.join("|", words.stream().map(w -> original.substring(w.start(), w.end())).toList());
    }
}
