package id.pantau.classifier.domain;

import id.pantau.classifier.domain.normalise.LeetSpeak;
import id.pantau.classifier.domain.normalise.Scanner;
import id.pantau.classifier.domain.normalise.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain reading of a text: folded words (NFKC, case folding, invisible characters dropped) split at
 * every symbol, each remembering where it sits in the original text. Rule terms are read this way; posts
 * go through the whole {@link id.pantau.classifier.domain.normalise.Normaliser}, which also reads
 * leetspeak, split and stretched letters, slang and run-together words.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static List<Token> tokenize(String text) {
        List<Word> split = new ArrayList<>();
        for (Word word : Scanner.scan(text)) {
            LeetSpeak.splitAtSymbols(word, split);
        }
        List<Token> tokens = new ArrayList<>(split.size());
        for (Word word : split) {
            tokens.add(word.token());
        }
        return tokens;
    }

    /** Tokenises a rule term the same way as content, so that terms and text always compare alike. */
    public static List<String> words(String term) {
        return tokenize(term).stream().map(Token::text).toList();
    }
}
