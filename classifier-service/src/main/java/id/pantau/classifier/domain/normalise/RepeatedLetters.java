package id.pantau.classifier.domain.normalise;

import java.util.ArrayList;
import java.util.List;

/**
 * Collapses stretched letters ({@code ballpresss} → ballpress, {@code thriiiift} → thrift) when that
 * yields a known word: each run of a repeated letter is tried at two letters and at one, keeping the
 * reading that removes the fewest letters. Ordinary double letters ("tinggal", "maaf") stay.
 */
public final class RepeatedLetters implements Step {

    /** Two readings per run: beyond this many runs the word is left alone rather than tried 2^n ways. */
    private static final int MAX_RUNS = 5;

    private final Vocabulary vocabulary;

    public RepeatedLetters(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public List<Word> apply(List<Word> words) {
        List<Word> out = null;
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            Word collapsed = hasRepeatedLetter(word.text()) ? collapse(word) : word;
            if (collapsed != word && out == null) {
                out = new ArrayList<>(words.subList(0, i));
            }
            if (out != null) {
                out.add(collapsed);
            }
        }
        return out == null ? words : out;
    }

    private static boolean hasRepeatedLetter(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (text.charAt(i) == text.charAt(i - 1) && Letters.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    Word collapse(Word word) {
        String text = word.text();
        if (vocabulary.isKnown(text)) {
            return word;
        }
        int[] runStarts = new int[MAX_RUNS];
        int[] runLengths = new int[MAX_RUNS];
        int runs = 0;
        for (int i = 0; i < text.length(); ) {
            int j = i + 1;
            while (j < text.length() && text.charAt(j) == text.charAt(i)) {
                j++;
            }
            if (j - i >= 2 && Letters.isLetter(text.charAt(i))) {
                if (runs == MAX_RUNS) {
                    return word;
                }
                runStarts[runs] = i;
                runLengths[runs] = j - i;
                runs++;
            }
            i = j;
        }
        if (runs == 0) {
            return word;
        }
        int bestMask = -1;
        int bestLength = -1;
        // Bit r of mask set: run r keeps one letter, else two.
        StringBuilder reading = new StringBuilder(text.length());
        for (int mask = 0; mask < (1 << runs); mask++) {
            read(text, runStarts, runLengths, runs, mask, reading, null, null);
            if (reading.length() > bestLength && reading.length() < text.length()
                    && vocabulary.isKnown(reading.toString())) {
                bestMask = mask;
                bestLength = reading.length();
            }
        }
        if (bestMask < 0) {
            return word;
        }
        int[] from = new int[bestLength];
        int[] to = new int[bestLength];
        read(text, runStarts, runLengths, runs, bestMask, reading, from, to);
        return word.condensed(reading.toString(), from, to);
    }

    /** Writes the reading for the mask; with from/to, also which original letters each letter stands for. */
    private static void read(String text, int[] runStarts, int[] runLengths, int runs, int mask, StringBuilder out,
            int[] from, int[] to) {
        out.setLength(0);
        int run = 0;
        for (int i = 0; i < text.length(); ) {
            if (run < runs && runStarts[run] == i) {
                int keep = (mask & (1 << run)) != 0 ? 1 : 2;
                int runEnd = i + runLengths[run];
                for (int k = 0; k < keep; k++) {
                    if (from != null) {
                        from[out.length()] = i + k;
                        // The last kept letter stands for the rest of the run too.
                        to[out.length()] = k == keep - 1 ? runEnd : i + k + 1;
                    }
                    out.append(text.charAt(i));
                }
                i = runEnd;
                run++;
            } else {
                if (from != null) {
                    from[out.length()] = i;
                    to[out.length()] = i + 1;
                }
                out.append(text.charAt(i));
                i++;
            }
        }
    }
}
