package id.pantau.classifier.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into lower-cased, NFKC-normalised words while remembering where each word sits in the
 * original text. Normalisation works per character cluster (a base character and its combining marks)
 * because NFKC may change the length of the text (ligatures, full-width and "fancy font" letters),
 * and a cluster is the smallest unit whose original span stays known.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return tokens;
        }
        StringBuilder word = new StringBuilder();
        int wordStart = -1;
        int wordEnd = -1;
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            int clusterEnd = clusterEnd(text, i);
            if (c < 0x80 && clusterEnd == i + 1) {
                // Fast path: ASCII needs no normalisation, and most posts are mostly ASCII.
                if (isAsciiWordChar(c)) {
                    if (wordStart < 0) {
                        wordStart = i;
                    }
                    word.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
                    wordEnd = clusterEnd;
                } else if (wordStart >= 0) {
                    tokens.add(new Token(word.toString(), wordStart, wordEnd));
                    word.setLength(0);
                    wordStart = -1;
                }
            } else {
                String normalised = Normalizer.normalize(text.substring(i, clusterEnd), Normalizer.Form.NFKC)
                        .toLowerCase(Locale.ROOT);
                for (int j = 0; j < normalised.length(); ) {
                    int cp = normalised.codePointAt(j);
                    if (isWordCodePoint(cp)) {
                        if (wordStart < 0) {
                            wordStart = i;
                        }
                        word.appendCodePoint(cp);
                        wordEnd = clusterEnd;
                    } else if (wordStart >= 0) {
                        tokens.add(new Token(word.toString(), wordStart, wordEnd));
                        word.setLength(0);
                        wordStart = -1;
                    }
                    j += Character.charCount(cp);
                }
            }
            i = clusterEnd;
        }
        if (wordStart >= 0) {
            tokens.add(new Token(word.toString(), wordStart, wordEnd));
        }
        return tokens;
    }

    /** Tokenises a rule term the same way as content, so that terms and text always compare alike. */
    public static List<String> words(String term) {
        return tokenize(term).stream().map(Token::text).toList();
    }

    private static int clusterEnd(String text, int start) {
        int end = start + Character.charCount(text.codePointAt(start));
        while (end < text.length()) {
            int next = text.codePointAt(end);
            if (!isMark(next)) {
                break;
            }
            end += Character.charCount(next);
        }
        return end;
    }

    private static boolean isAsciiWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isWordCodePoint(int cp) {
        return Character.isLetterOrDigit(cp) || isMark(cp);
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
