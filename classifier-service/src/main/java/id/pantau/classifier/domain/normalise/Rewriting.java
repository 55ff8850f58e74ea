package id.pantau.classifier.domain.normalise;

import java.util.List;

/**
 * The rewriting steps ({@link LeetSpeak} first, then the others) over runs of words that are not settled known
 * words, with a memo of each word's rewriting. A third of a post's words are such words (names, numbers,
 * slang, varied spellings), the same few hundred again and again, and the steps' look-ups were a sixth of a
 * post's time.
 * <p>
 * Only split letters reads across words, and only runs of one-letter words; every other step reads one word.
 * So a word whose leetspeak reading has no one-letter word is rewritten the same whatever its neighbours
 * ("alone"), and a run of such words is the words rewritten one by one. A run holding any other word goes
 * through the steps whole, as before. The steps only carry spans along (cut, join, collapse, span the whole
 * word), so a plain word's rewriting at another place in the text is the same words moved by the distance:
 * the memo keeps them relative to the word's first character.
 * <p>
 * Direct-mapped and fixed in size like the model's word memo (a newer word takes over its slot); entries are
 * immutable and published whole, so concurrent readers see an entry or none, and a miss only recomputes the
 * same words: the result never depends on the memo. Thread-safe.
 */
final class Rewriting {

    private static final int SLOTS = 1 << 12;
    /** Longer words (a 10,000-letter run) are rewritten every time rather than kept. */
    private static final int MAX_WORD = 32;
    private static final Word[] UNCHANGED = new Word[0];

    /** A word's rewriting; {@code words} relative to its first character, or {@link #UNCHANGED}. */
    private record Entry(String text, boolean alone, Word[] words) {
    }

    private final List<Step> steps;
    private final Entry[] entries = new Entry[SLOTS];

    /** @param steps leetspeak first: whether a word is alone is read from its leetspeak reading */
    Rewriting(List<Step> steps) {
        if (!(steps.get(0) instanceof LeetSpeak)) {
            throw new IllegalArgumentException("leetspeak must come first");
        }
        this.steps = List.copyOf(steps);
    }

    void rewrite(List<Word> run, List<Word> out) {
        if (run.size() == 1 && run.get(0).isPlain()) {
            Word word = run.get(0);
            add(entry(word), word, out);
            return;
        }
        int mark = out.size();
        for (Word word : run) {
            Entry entry = word.isPlain() ? entry(word) : null;
            if (entry == null || !entry.alone()) {
                out.subList(mark, out.size()).clear();
                applySteps(run, out);
                return;
            }
            add(entry, word, out);
        }
    }

    private static void add(Entry entry, Word word, List<Word> out) {
        if (entry.words() == UNCHANGED) {
            out.add(word);
            return;
        }
        for (Word relative : entry.words()) {
            out.add(relative.shifted(word.start()));
        }
    }

    private Entry entry(Word word) {
        String text = word.text();
        int h = text.hashCode();
        int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
        Entry entry = entries[slot];
        if (entry != null && entry.text().equals(text)) {
            return entry;
        }
        entry = computed(word);
        if (text.length() <= MAX_WORD) {
            entries[slot] = entry;
        }
        return entry;
    }

    private Entry computed(Word word) {
        List<Word> words = steps.get(0).apply(List.of(word));
        boolean alone = true;
        for (Word read : words) {
            alone &= read.length() > 1;
        }
        for (int s = 1; s < steps.size(); s++) {
            words = steps.get(s).apply(words);
        }
        if (words.size() == 1 && words.get(0) == word) {
            return new Entry(word.text(), alone, UNCHANGED);
        }
        Word[] relative = new Word[words.size()];
        for (int i = 0; i < relative.length; i++) {
            relative[i] = words.get(i).shifted(-word.start());
        }
        return new Entry(word.text(), alone, relative);
    }

    private void applySteps(List<Word> run, List<Word> out) {
        for (Step step : steps) {
            run = step.apply(run);
        }
        for (Word word : run) {
            out.add(word); // addAll would copy the run into an array first
        }
    }
}
