package id.pantau.classifier.domain.normalise;

import id.pantau.classifier.domain.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The normalisation pipeline: {@link Scanner} (NFKC, case folding, invisible characters dropped), then
 * {@link LeetSpeak}, {@link SplitLetters}, {@link RepeatedLetters}, {@link SlangLexicon} and
 * {@link Segmenter}, and {@link IndonesianStemming} when the rule set asks for it. Every rewrite but slang needs a known word as its result, so the pipeline is tied to
 * a vocabulary: the rule set's words plus the shipped dictionary. A known word that no step would change
 * (see {@link #settled}) skips the rewriting steps after one look-up. Each token keeps its span in the
 * original text. Normalising the normalised text again changes nothing. Immutable and thread-safe.
 */
public final class Normaliser {

    public static final String DICTIONARY = "normalisation/dictionary-id-en.txt";

    private static final List<String> SHIPPED_DICTIONARY = readWords(DICTIONARY);
    private static final Map<String, String> SHIPPED_SLANG = SlangLexicon.load(SlangLexicon.RESOURCE);

    private final Vocabulary vocabulary;
    /** Every step but stemming, applied to the words that are not {@link #settled}. */
    private final Rewriting rewriting;
    /** Last, over every word: it also changes known words. Null when the rule set does not ask for it. */
    private final IndonesianStemming stemming;
    /**
     * Known words of two letters or more that are not slang, each mapped to the vocabulary's own instance
     * of it: no rewriting step changes them (every rewrite starts from an unknown word, and split letters only
     * joins one-letter words), so they skip the steps, and most words of a post are such words. One look-up
     * here replaces one or more per step. The word then carries the shared instance, whose hash is already
     * computed and which later look-ups of the same word (the rules' automaton, the model's per-word memo)
     * recognise by identity before comparing characters.
     */
    private final Map<String, String> settled;

    public Normaliser(Vocabulary vocabulary, SlangLexicon slang, boolean stemming) {
        this.vocabulary = vocabulary;
        this.rewriting = new Rewriting(List.of(new LeetSpeak(vocabulary), new SplitLetters(vocabulary),
                new RepeatedLetters(vocabulary), slang, new Segmenter(vocabulary)));
        this.stemming = stemming ? new IndonesianStemming(vocabulary) : null;
        Map<String, String> settledWords = new HashMap<>();
        for (String word : vocabulary.words()) {
            if (word.length() >= 2 && !slang.isSlang(word)) {
                settledWords.put(word, word);
            }
        }
        this.settled = settledWords;
    }

    /**
     * A pipeline that knows the given words (a rule set's words, already scanned) and the joined forms of
     * its phrases, besides the shipped dictionary and slang lexicon.
     */
    public static Normaliser withWords(Collection<String> words, Collection<String> joinedForms) {
        return withWords(words, joinedForms, false);
    }

    /** As {@link #withWords(Collection, Collection)}, with Indonesian stemming as the last step when asked. */
    public static Normaliser withWords(Collection<String> words, Collection<String> joinedForms, boolean stemming) {
        SlangLexicon slang = new SlangLexicon(SHIPPED_SLANG);
        List<String> known = new ArrayList<>(SHIPPED_DICTIONARY);
        known.addAll(words);
        known.addAll(slang.standardWords());
        known.removeIf(slang::isSlang);
        return new Normaliser(new Vocabulary(known, joinedForms), slang, stemming);
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public List<Token> tokens(String text) {
        List<Word> words = words(text);
        List<Token> tokens = new ArrayList<>(words.size());
        for (Word word : words) {
            tokens.add(word.token());
        }
        return tokens;
    }

    public List<Word> words(String text) {
        List<Word> scanned = Scanner.scan(text);
        List<Word> words = new ArrayList<>(scanned.size() + scanned.size() / 4);
        // Unsettled words go through the steps a run at a time: split letters reads a run of them.
        int runStart = 0;
        for (int i = 0; i < scanned.size(); i++) {
            String shared = settled.get(scanned.get(i).text());
            if (shared != null) {
                rewrite(scanned, runStart, i, words);
                words.add(scanned.get(i).rewritten(shared));
                runStart = i + 1;
            }
        }
        rewrite(scanned, runStart, scanned.size(), words);
        return stemming == null ? words : stemming.apply(words);
    }

    private void rewrite(List<Word> scanned, int from, int to, List<Word> out) {
        if (from == to) {
            return;
        }
        rewriting.rewrite(scanned.subList(from, to), out);
    }

    /** The normalised words joined by single spaces. */
    public String normalise(String text) {
        StringBuilder out = new StringBuilder();
        for (Word word : words(text)) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(word.text());
        }
        return out.toString();
    }

    private static List<String> readWords(String resource) {
        try (InputStream in = Normaliser.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Dictionary " + resource + " is missing");
            }
            List<String> words = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String stripped = line.strip();
                if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                    for (String word : stripped.split("\\s+")) {
                        words.add(UnicodeFolding.fold(word));
                    }
                }
            }
            return List.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
