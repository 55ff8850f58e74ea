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

    private static final int WORDS_AT_MOST_PRESIZED = 256;

    private Scanner() {
    }

    public static boolean isLeetSymbol(int cp) {
        return cp == '@' || cp == '$' || cp == '!' || cp == '|';
    }

    public static List<Word> scan(String text) {
        // Sized for a post (a word every five or six characters) so that the list rarely grows.
        List<Word> words = new ArrayList<>(text == null ? 0 : Math.min(text.length() / 5 + 8, WORDS_AT_MOST_PRESIZED));
        if (text == null || text.isEmpty()) {
            return words;
        }
        Builder word = new Builder();
        int length = text.length();
        char[] chars = text.toCharArray();
        int i = 0;
        while (i < length) {
            char c = chars[i];
            if (c < ASCII_END && ASCII_WORD[c] != 0) {
                // Fast path: a run of ASCII word characters needs no folding beyond case and is copied at once;
                // most posts are mostly ASCII. A combining mark after the run belongs to its last character,
                // which the cluster path below reads.
                int end = i + 1;
                while (end < length && chars[end] < ASCII_END && ASCII_WORD[chars[end]] != 0) {
                    end++;
                }
                if (end < length && chars[end] >= FIRST_MARK && isMark(chars[end])) {
                    end--;
                }
                if (end > i) {
                    word.addAscii(chars, i, end);
                    i = end;
                    continue;
                }
            } else if (c < ASCII_END && (i + 1 == length || chars[i + 1] < FIRST_MARK || !isMark(chars[i + 1]))) {
                if (!InvisibleCharacters.isInvisible(c)) {
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

    private static final int ASCII_END = 0x80;
    private static final byte LETTER_OR_DIGIT = 1;
    private static final byte SYMBOL = 2;
    /** For each ASCII character: {@link #LETTER_OR_DIGIT}, a leetspeak {@link #SYMBOL}, or 0 (no word character). */
    private static final byte[] ASCII_WORD = new byte[ASCII_END];

    static {
        for (char c = 0; c < ASCII_END; c++) {
            boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            ASCII_WORD[c] = letterOrDigit ? LETTER_OR_DIGIT : isLeetSymbol(c) ? SYMBOL : 0;
        }
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
     * characters each came from one original character, in a row, becomes a plain word without span arrays;
     * until a word turns out otherwise, only its first offset is kept and the span arrays are not written.
     */
    private static final class Builder {
        private char[] chars = new char[32];
        private int[] starts;
        private int[] ends;
        private int length;
        private boolean hasLetterOrDigit;
        private boolean plain = true;
        private int plainStart;

        /** ASCII word characters [from, to) of the text, each its own span, folded to lower case. */
        void addAscii(char[] text, int from, int to) {
            if (!plain || (length > 0 && plainStart + length != from)) {
                for (int i = from; i < to; i++) {
                    add(UnicodeFolding.foldAscii(text[i]), i, i + 1);
                }
                return;
            }
            if (length == 0) {
                plainStart = from;
            }
            ensureCapacity(length + to - from);
            for (int i = from; i < to; i++) {
                char c = text[i];
                chars[length++] = UnicodeFolding.foldAscii(c);
                hasLetterOrDigit |= ASCII_WORD[c] == LETTER_OR_DIGIT;
            }
        }

        void add(char c, int start, int end) {
            if (plain && end == start + 1 && (length == 0 || plainStart + length == start)) {
                if (length == 0) {
                    plainStart = start;
                }
            } else if (plain) {
                spanEveryCharacter();
            }
            ensureCapacity(length + 1);
            if (!plain) {
                starts[length] = start;
                ends[length] = end;
            }
            chars[length++] = c;
            hasLetterOrDigit |= !isLeetSymbol(c);
        }

        /** The word is not plain after all: the characters so far get their spans written out. */
        private void spanEveryCharacter() {
            plain = false;
            starts = new int[chars.length];
            ends = new int[chars.length];
            for (int i = 0; i < length; i++) {
                starts[i] = plainStart + i;
                ends[i] = plainStart + i + 1;
            }
        }

        private void ensureCapacity(int capacity) {
            if (capacity > chars.length) {
                int grown = Math.max(capacity, chars.length * 2);
                chars = Arrays.copyOf(chars, grown);
                if (!plain) {
                    starts = Arrays.copyOf(starts, grown);
                    ends = Arrays.copyOf(ends, grown);
                }
            }
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
                words.add(plain ? Word.plain(text, plainStart)
                        : new Word(text, Arrays.copyOf(starts, length), Arrays.copyOf(ends, length)));
            }
            length = 0;
            hasLetterOrDigit = false;
            plain = true;
        }
    }
}
