package id.pantau.classifier.domain.normalise;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads digits and symbols as letters ({@code thr!ft} → thrift, {@code b4l} → bal, {@code h!dden} →
 * hidden) only when that yields a known word, so prices, years and phone numbers stay as they are. A word
 * that still holds symbols afterwards is split at them ({@code murah!!} → murah), as any punctuation.
 */
public final class LeetSpeak implements Step {

    /** Every ambiguous character doubles the readings; beyond this many a word is not worth trying. */
    private static final int MAX_AMBIGUOUS = 4;
    private static final int MIN_LENGTH = 3;
    /** No known word is longer; the readings are tried recursively, one level per leetspeak character. */
    private static final int MAX_LENGTH = 40;

    /** The characters {@link #readings} knows, looked up once per character of every word. */
    private static final boolean[] LEET = new boolean[128];

    static {
        for (char c = 0; c < LEET.length; c++) {
            LEET[c] = readings(c) != null;
        }
    }

    private final Vocabulary vocabulary;

    public LeetSpeak(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The letters a character may stand for, or null when it is not a leetspeak character. */
    static String readings(char c) {
        return switch (c) {
            case '0' -> "o";
            case '1' -> "il";
            case '3' -> "e";
            case '4', '@' -> "a";
            case '5', '$' -> "s";
            case '7' -> "t";
            case '!' -> "i";
            case '|' -> "l";
            default -> null;
        };
    }

    @Override
    public List<Word> apply(List<Word> words) {
        List<Word> out = null;
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            // Most words hold no digit or symbol: they pass without a lookup or a copy of the list.
            if (!hasLeetCharacter(word.text())) {
                if (out != null) {
                    out.add(word);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(words.subList(0, i));
            }
            read(word, out);
        }
        return out == null ? words : out;
    }

    private static boolean hasLeetCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < LEET.length && LEET[c]) {
                return true;
            }
        }
        return false;
    }

    private void read(Word word, List<Word> out) {
        String text = word.text();
        if (vocabulary.isKnown(text)) {
            out.add(word);
            return;
        }
        boolean hasLetter = false;
        boolean hasLeet = false;
        boolean hasSymbol = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            hasLetter |= Letters.isLetter(c);
            hasLeet |= readings(c) != null;
            hasSymbol |= Scanner.isLeetSymbol(c);
        }
        if (hasLetter && hasLeet) {
            // Symbols at the edges are usually punctuation ("bal!" is not "bali"): the trimmed word first.
            Word trimmed = trimSymbols(word);
            if (trimmed != null && vocabulary.isKnown(trimmed.text())) {
                out.add(trimmed);
                return;
            }
            String reading = resolve(text);
            if (reading != null) {
                out.add(word.rewritten(reading));
                return;
            }
            reading = trimmed == null ? null : resolve(trimmed.text());
            if (reading != null) {
                out.add(trimmed.rewritten(reading));
                return;
            }
        }
        if (hasSymbol) {
            // Each piece may still be leetspeak ("b4l!mpor" -> "b4l", "mpor"); pieces hold no symbol, so this ends.
            List<Word> pieces = new ArrayList<>(2);
            splitAtSymbols(word, pieces);
            pieces.forEach(piece -> read(piece, out));
        } else {
            out.add(word);
        }
    }

    /** The word without leading and trailing symbols, or null when there are none or nothing else. */
    private static Word trimSymbols(Word word) {
        String text = word.text();
        int from = 0;
        int to = text.length();
        while (from < to && Scanner.isLeetSymbol(text.charAt(from))) {
            from++;
        }
        while (to > from && Scanner.isLeetSymbol(text.charAt(to - 1))) {
            to--;
        }
        return (from > 0 || to < text.length()) && to > from ? word.sub(from, to) : null;
    }

    /** The first reading of the text that is a known word, or null. */
    String resolve(String text) {
        if (text.length() < MIN_LENGTH || text.length() > MAX_LENGTH) {
            return null;
        }
        int ambiguous = 0;
        for (int i = 0; i < text.length(); i++) {
            String r = readings(text.charAt(i));
            if (r != null && r.length() > 1 && ++ambiguous > MAX_AMBIGUOUS) {
                return null;
            }
        }
        return resolve(text.toCharArray(), 0);
    }

    private String resolve(char[] chars, int from) {
        for (int i = from; i < chars.length; i++) {
            char original = chars[i];
            String r = readings(original);
            if (r != null && !Letters.isLetter(original)) {
                for (int k = 0; k < r.length(); k++) {
                    chars[i] = r.charAt(k);
                    String found = resolve(chars, i + 1);
                    if (found != null) {
                        chars[i] = original;
                        return found;
                    }
                }
                chars[i] = original;
                return null;
            }
        }
        String candidate = new String(chars);
        return vocabulary.isKnown(candidate) ? candidate : null;
    }

    /** Symbols that stand for no letter here are punctuation after all. */
    public static void splitAtSymbols(Word word, List<Word> out) {
        String text = word.text();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean symbol = i == text.length() || Scanner.isLeetSymbol(text.charAt(i));
            if (!symbol && start < 0) {
                start = i;
            } else if (symbol && start >= 0) {
                out.add(word.sub(start, i));
                start = -1;
            }
        }
    }
}
