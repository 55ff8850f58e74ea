package id.pantau.classifier.domain.normalise;

import java.util.ArrayList;
import java.util.List;

/**
 * Re-joins a word written one letter at a time ({@code t-h-r-i-f-t}, {@code t.h.r.i.f.t},
 * {@code t h r i f t}, {@code t*h*r*i*f*t}): a run of one-character words is read, longest first, as
 * known words (also through leetspeak, {@code t.h.r.1.f.t}). Letters that form no known word stay apart.
 */
public final class SplitLetters implements Step {

    /** Fewer letters than this are initials or a list ("a, b"), not a hidden word. */
    private static final int MIN_JOINED = 3;
    /** Longer than any word worth finding; bounds the work on "a a a a ..." ten thousand times. */
    private static final int MAX_JOINED = 40;

    private final Vocabulary vocabulary;
    private final LeetSpeak leetSpeak;

    public SplitLetters(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.leetSpeak = new LeetSpeak(vocabulary);
    }

    @Override
    public List<Word> apply(List<Word> words) {
        List<Word> out = null;
        int i = 0;
        while (i < words.size()) {
            int runEnd = i;
            while (runEnd < words.size() && words.get(runEnd).length() == 1) {
                runEnd++;
            }
            if (runEnd - i < MIN_JOINED) {
                if (out != null) {
                    out.add(words.get(i));
                }
                i++;
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(words.subList(0, i));
            }
            joinRun(words.subList(i, runEnd), out);
            i = runEnd;
        }
        return out == null ? words : out;
    }

    private void joinRun(List<Word> run, List<Word> out) {
        int i = 0;
        while (i < run.size()) {
            Word joined = null;
            int end = Math.min(run.size(), i + MAX_JOINED);
            for (; end - i >= MIN_JOINED; end--) {
                joined = known(Word.join(run.subList(i, end)));
                if (joined != null) {
                    break;
                }
            }
            if (joined != null) {
                out.add(joined);
                i = end;
            } else {
                out.add(run.get(i));
                i++;
            }
        }
    }

    private Word known(Word candidate) {
        if (vocabulary.isKnown(candidate.text())) {
            return candidate;
        }
        String reading = leetSpeak.resolve(candidate.text());
        return reading == null ? null : candidate.rewritten(reading);
    }
}
