package id.pantau.classifier.domain.normalise;

import id.pantau.classifier.domain.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The normalisation pipeline: {@link Scanner} (NFKC, case folding, invisible characters dropped), then
 * {@link LeetSpeak}, {@link SplitLetters}, {@link RepeatedLetters}, {@link SlangLexicon} and
 * {@link Segmenter}, and {@link IndonesianStemming} when the rule set asks for it. Every rewrite but slang needs a known word as its result, so the pipeline is tied to
 * a vocabulary: the rule set's words plus the shipped dictionary. Each token keeps its span in the
 * original text. Normalising the normalised text again changes nothing. Immutable and thread-safe.
 */
public final class Normaliser {

    public static final String DICTIONARY = "normalisation/dictionary-id-en.txt";

    private static final List<String> SHIPPED_DICTIONARY = readWords(DICTIONARY);
    private static final Map<String, String> SHIPPED_SLANG = SlangLexicon.load(SlangLexicon.RESOURCE);

    private final Vocabulary vocabulary;
    private final List<Step> steps;

    public Normaliser(Vocabulary vocabulary, SlangLexicon slang, boolean stemming) {
        this.vocabulary = vocabulary;
        List<Step> pipeline = new ArrayList<>(List.of(new LeetSpeak(vocabulary), new SplitLetters(vocabulary),
                new RepeatedLetters(vocabulary), slang, new Segmenter(vocabulary)));
        if (stemming) {
            pipeline.add(new IndonesianStemming(vocabulary));
        }
        this.steps = List.copyOf(pipeline);
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
        List<Word> words = Scanner.scan(text);
        for (Step step : steps) {
            words = step.apply(words);
        }
        return words;
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
