package id.pantau.classifier.domain.normalise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts text into folded words (see {@link UnicodeFolding}) and drops invisible characters (see
 * {@link InvisibleCharacters}). Folding works per character cluster (a base character and its combining
 * marks) because NFKC may change the length of the text, and a cluster is the smallest unit whose
 * original span stays known. Words are runs of letters, digits, marks and the symbols that stand for
 * letters in leetspeak ({@code @ $ ! |}); the {@link LeetSpeak} step reads or splits off those symbols.
 */
public final class Scanner {

    /** No combining mark lies below U+0300, so most characters need no look-up to know they are none. */
    private static final char FIRST_MARK = '\u0300';

    private Scanner() {
    }

    public static boolean isLeetSymbol(int cp) {
        return cp == '@' || cp == '$' || cp == '!' || cp == '|';
    }

    public static List<Word> scan(String text) {
        List<Word> words = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return words;
        }
        Builder word = new Builder();
        int length = text.length();
        char[] chars = text.toCharArray();
        int i = 0;
        while (i < length) {
            char c = chars[i];
            if (c < 0x80 && (i + 1 == length || chars[i + 1] < FIRST_MARK || !isMark(chars[i + 1]))) {
                // Fast path: ASCII needs no folding, and most posts are mostly ASCII.
                if (isAsciiWordChar(c)) {
                    word.add(UnicodeFolding.foldAscii(c), i, i + 1);
                } else if (!InvisibleCharacters.isInvisible(c)) {
                    word.flushTo(words);
                }
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            if (InvisibleCharacters.isInvisible(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int clusterEnd = clusterEnd(text, i);
            String folded = UnicodeFolding.fold(text.substring(i, clusterEnd));
            for (int j = 0; j < folded.length(); ) {
                int f = folded.codePointAt(j);
                if (isWordCodePoint(f)) {
                    word.addCodePoint(f, i, clusterEnd);
                } else if (!InvisibleCharacters.isInvisible(f)) {
                    word.flushTo(words);
                }
                j += Character.charCount(f);
            }
            i = clusterEnd;
        }
        word.flushTo(words);
        return words;
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
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || isLeetSymbol(c);
    }

    private static boolean isWordCodePoint(int cp) {
        return Character.isLetterOrDigit(cp) || isMark(cp) || isLeetSymbol(cp);
    }

    static boolean isMark(int cp) {
        if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            return (BMP_MARKS[cp >>> 6] & (1L << cp)) != 0;
        }
        return isMarkType(cp);
    }

    /**
     * Whether each BMP character is a combining mark, computed once from {@link Character#getType}: the
     * scanner asks for the character after every ASCII letter that is followed by non-ASCII text (emoji,
     * invisible characters), and the look-up was a noticeable part of the per-post time.
     */
    private static final long[] BMP_MARKS = new long[Character.MIN_SUPPLEMENTARY_CODE_POINT >>> 6];

    static {
        for (int cp = 0; cp < Character.MIN_SUPPLEMENTARY_CODE_POINT; cp++) {
            if (isMarkType(cp)) {
                BMP_MARKS[cp >>> 6] |= 1L << cp;
            }
        }
    }

    private static boolean isMarkType(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /**
     * Collects one word with a span per character; a word made of symbols only is no word. A word whose
     * characters each came from one original character, in a row, becomes a plain word without span arrays.
     */
    private static final class Builder {
        private char[] chars = new char[32];
        private int[] starts = new int[32];
        private int[] ends = new int[32];
        private int length;
        private boolean hasLetterOrDigit;
        private boolean plain = true;

        void add(char c, int start, int end) {
            if (length == chars.length) {
                chars = Arrays.copyOf(chars, length * 2);
                starts = Arrays.copyOf(starts, length * 2);
                ends = Arrays.copyOf(ends, length * 2);
            }
            plain &= end == start + 1 && (length == 0 || starts[length - 1] + 1 == start);
            chars[length] = c;
            starts[length] = start;
            ends[length] = end;
            length++;
            hasLetterOrDigit |= !isLeetSymbol(c);
        }

        void addCodePoint(int cp, int start, int end) {
            if (Character.isBmpCodePoint(cp)) {
                add((char) cp, start, end);
            } else {
                add(Character.highSurrogate(cp), start, end);
                add(Character.lowSurrogate(cp), start, end);
            }
        }

        void flushTo(List<Word> words) {
            if (length == 0) {
                return;
            }
            if (hasLetterOrDigit) {
                String text = new String(chars, 0, length);
                words.add(plain ? Word.plain(text, starts[0])
                        : new Word(text, Arrays.copyOf(starts, length), Arrays.copyOf(ends, length)));
            }
            length = 0;
            hasLetterOrDigit = false;
            plain = true;
        }
    }
}
