package id.pantau.classifier.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.pantau.classifier.config.RuleSetLoader;
import id.pantau.classifier.domain.normalise.Word;
import id.pantau.classifier.model.DataSet;
import id.pantau.events.MatchedTerm;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The per-post path was rewritten for speed (issue 3); its output must not move, or the trained model would
 * be fed other features than it learnt from and explanations would point elsewhere. {@value #GOLDEN} holds,
 * for every post of the data set as it was then and a disguised variant of each, what the implementation
 * before the rewrite produced: the normalised words with their spans (the model's input) and the rules'
 * decision with every span. The rule sets are frozen copies in test resources, so a later change of the
 * shipped rules does not touch this comparison. Posts added to the data set later are not in the file and
 * are skipped; a change of the dictionary or slang lexicon is a real change of the features and needs the
 * file regenerated ({@link #main}) and the model retrained.
 */
class FastPathRegressionTest {

    static final String GOLDEN = "golden/fast-path-before-rewrite.tsv.gz";
    private static final Classifier MODEL_READING = classifier("classpath:rulesets/frozen-second-hand-clothing.v2.json");
    private static final Classifier RULES = classifier("classpath:rulesets/frozen-second-hand-clothing.v3.json");

    private static Classifier classifier(String location) {
        return new Classifier(RuleSetLoader.load(location));
    }

    @Test
    void normalisesAndMatchesEveryDataSetPostAsBeforeTheRewrite() throws IOException {
        Map<String, String> golden = new LinkedHashMap<>();
        try (InputStream in = new GZIPInputStream(getClass().getClassLoader().getResourceAsStream(GOLDEN))) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int tab = line.indexOf('\t');
                golden.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        int compared = 0;
        for (String text : texts()) {
            String expected = golden.get(digest(text));
            if (expected != null) {
                assertEquals(expected, describe(text), text);
                compared++;
            }
        }
        assertTrue(compared >= 1_600, "only " + compared + " posts compared");
    }

    /** Every post of every split, and each disguised: shouted, leetspeak, a zero-width space, a stretched letter. */
    static List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (String split : DataSet.SPLITS) {
            DataSet.split(split).forEach(post -> {
                texts.add(post.text());
                texts.add(disguise(post.text()));
            });
        }
        return texts;
    }

    private static String disguise(String text) {
        String[] words = text.split(" ");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            words[i] = switch (i % 5) {
                case 0 -> word.toUpperCase(Locale.ROOT);
                case 1 -> word.replace('a', '4').replace('i', '1').replace('o', '0');
                case 2 -> word.length() > 2 ? word.charAt(0) + "\u200B" + word.substring(1) : word;
                case 3 -> word + word.substring(word.length() - 1).repeat(2);
                default -> String.join(".", word.split(""));
            };
        }
        return String.join(" ", words);
    }

    static String describe(String text) {
        StringBuilder out = new StringBuilder();
        for (Word word : MODEL_READING.normaliser().words(text)) {
            out.append(word.text()).append('@').append(word.start()).append('-').append(word.end()).append(' ');
        }
        Decision decision = RULES.classify(text);
        out.append("| ").append(decision.verdict()).append(' ').append(decision.ruleScore());
        for (MatchedTerm match : decision.matches()) {
            out.append(" | ").append(match.ruleId()).append(':').append(match.term()).append('@')
                    .append(match.start()).append('-').append(match.end()).append(':').append(match.weight());
        }
        decision.firedRules().forEach(rule -> out.append(" | fired ").append(rule.ruleId()).append(' ')
                .append(rule.weight()));
        return out.toString();
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Regenerates the file from the current implementation: only after a deliberate change of the features. */
    public static void main(String[] args) throws IOException {
        Map<String, String> lines = new LinkedHashMap<>();
        for (String text : texts()) {
            lines.put(digest(text), describe(text));
        }
        StringBuilder out = new StringBuilder();
        lines.forEach((key, value) -> out.append(key).append('\t').append(value).append('\n'));
        try (var file = new GZIPOutputStream(Files.newOutputStream(Path.of("src/test/resources", GOLDEN)))) {
            file.write(out.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
