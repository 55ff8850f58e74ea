package id.pantau.classifier.domain.normalise;

import id.pantau.classifier.domain.Token;
import java.util.List;

/**
 * A word while it is being normalised: its text and, for every character of the text, the span of the
 * ORIGINAL text it came from. Steps that cut, join or rewrite words keep the spans right, so the final
 * token still points at what the author wrote. Immutable.
 */
public final class Word {

    private final String text;
    private final int[] starts;
    private final int[] ends;

    Word(String text, int[] starts, int[] ends) {
        if (text.isEmpty() || starts.length != text.length() || ends.length != text.length()) {
            throw new IllegalArgumentException("a word needs one span per character");
        }
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    /** A word whose characters all stand for the whole original span (a slang expansion, a test word). */
    public static Word spanning(String text, int start, int end) {
        int[] starts = new int[text.length()];
        int[] ends = new int[text.length()];
        java.util.Arrays.fill(starts, start);
        java.util.Arrays.fill(ends, end);
        return new Word(text, starts, ends);
    }

    /** A word read straight from the text: character i came from offset start + i. */
    public static Word plain(String text, int start) {
        int[] starts = new int[text.length()];
        int[] ends = new int[text.length()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = start + i;
            ends[i] = start + i + 1;
        }
        return new Word(text, starts, ends);
    }

    public String text() {
        return text;
    }

    public int start() {
        return starts[0];
    }

    public int end() {
        return ends[ends.length - 1];
    }

    public int length() {
        return text.length();
    }

    public Token token() {
        return new Token(text, start(), end());
    }

    /** The characters [from, to) with their spans. */
    public Word sub(int from, int to) {
        return new Word(text.substring(from, to), java.util.Arrays.copyOfRange(starts, from, to),
                java.util.Arrays.copyOfRange(ends, from, to));
    }

    /** The same spans under a rewritten text of the same length (a leetspeak reading). */
    public Word rewritten(String newText) {
        return new Word(newText, starts, ends);
    }

    /**
     * A shorter text where character i of the new text stands for original characters [from[i], to[i]) of
     * this word (a collapsed run of letters).
     */
    Word condensed(String newText, int[] from, int[] to) {
        int[] newStarts = new int[newText.length()];
        int[] newEnds = new int[newText.length()];
        for (int i = 0; i < newStarts.length; i++) {
            newStarts[i] = starts[from[i]];
            newEnds[i] = ends[to[i] - 1];
        }
        return new Word(newText, newStarts, newEnds);
    }

    /** Words read as one: {@code t-h-r-i-f-t} becomes "thrift" spanning from the t to the t. */
    public static Word join(List<Word> parts) {
        StringBuilder text = new StringBuilder();
        int length = 0;
        for (Word part : parts) {
            length += part.length();
        }
        int[] starts = new int[length];
        int[] ends = new int[length];
        int at = 0;
        for (Word part : parts) {
            text.append(part.text);
            System.arraycopy(part.starts, 0, starts, at, part.length());
            System.arraycopy(part.ends, 0, ends, at, part.length());
            at += part.length();
        }
        return new Word(text.toString(), starts, ends);
    }

    @Override
    public String toString() {
        return text + "[" + start() + "," + end() + ")";
    }
}
