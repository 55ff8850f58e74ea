package id.pantau.classifier.domain.normalise;

import id.pantau.classifier.domain.Token;
import id.pantau.classifier.domain.WordSpan;
import java.util.Arrays;
import java.util.List;

/**
 * A word while it is being normalised: its text and, for every character of the text, the span of the
 * ORIGINAL text it came from. Steps that cut, join or rewrite words keep the spans right, so the final
 * token still points at what the author wrote. Immutable.
 * <p>
 * Most words are read straight from the text, one original character per character; such a word keeps
 * only its first offset and no span arrays, which saves two arrays per word on the per-post path.
 */
public final class Word implements WordSpan {

    private final String text;
    /** Null for a plain word, whose character i came from {@code offset + i}. */
    private final int[] starts;
    private final int[] ends;
    private final int offset;

    Word(String text, int[] starts, int[] ends) {
        if (text.isEmpty() || starts.length != text.length() || ends.length != text.length()) {
            throw new IllegalArgumentException("a word needs one span per character");
        }
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.offset = -1;
    }

    private Word(String text, int offset) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a word needs one span per character");
        }
        this.text = text;
        this.starts = null;
        this.ends = null;
        this.offset = offset;
    }

    /** A word whose characters all stand for the whole original span (a slang expansion, a test word). */
    public static Word spanning(String text, int start, int end) {
        int[] starts = new int[text.length()];
        int[] ends = new int[text.length()];
        Arrays.fill(starts, start);
        Arrays.fill(ends, end);
        return new Word(text, starts, ends);
    }

    /** A word read straight from the text: character i came from offset start + i. */
    public static Word plain(String text, int start) {
        return new Word(text, start);
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public int start() {
        return startOf(0);
    }

    @Override
    public int end() {
        return endOf(text.length() - 1);
    }

    public int length() {
        return text.length();
    }

    public Token token() {
        return new Token(text, start(), end());
    }

    private int startOf(int i) {
        return starts == null ? offset + i : starts[i];
    }

    private int endOf(int i) {
        return ends == null ? offset + i + 1 : ends[i];
    }

    /** Character i came from original character {@code start() + i}: the word has no span arrays. */
    boolean isPlain() {
        return starts == null;
    }

    /** The same word as if the original text had {@code delta} more characters before it. */
    Word shifted(int delta) {
        if (starts == null) {
            return new Word(text, offset + delta);
        }
        int[] newStarts = new int[starts.length];
        int[] newEnds = new int[ends.length];
        for (int i = 0; i < newStarts.length; i++) {
            newStarts[i] = starts[i] + delta;
            newEnds[i] = ends[i] + delta;
        }
        return new Word(text, newStarts, newEnds);
    }

    /** The characters [from, to) with their spans. */
    public Word sub(int from, int to) {
        if (starts == null) {
            return new Word(text.substring(from, to), offset + from);
        }
        return new Word(text.substring(from, to), Arrays.copyOfRange(starts, from, to), Arrays.copyOfRange(ends, from, to));
    }

    /** The same spans under a rewritten text of the same length (a leetspeak reading). */
    public Word rewritten(String newText) {
        return starts == null ? new Word(newText, offset) : new Word(newText, starts, ends);
    }

    /**
     * A shorter text where character i of the new text stands for original characters [from[i], to[i]) of
     * this word (a collapsed run of letters).
     */
    Word condensed(String newText, int[] from, int[] to) {
        int[] newStarts = new int[newText.length()];
        int[] newEnds = new int[newText.length()];
        for (int i = 0; i < newStarts.length; i++) {
            newStarts[i] = startOf(from[i]);
            newEnds[i] = endOf(to[i] - 1);
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
            for (int i = 0; i < part.length(); i++, at++) {
                starts[at] = part.startOf(i);
                ends[at] = part.endOf(i);
            }
        }
        return new Word(text.toString(), starts, ends);
    }

    @Override
    public String toString() {
        return text + "[" + start() + "," + end() + ")";
    }
}
