package id.pantau.classifier.domain.normalise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces informal Indonesian spellings with the standard word ({@code yg} → yang, {@code gak} →
 * tidak, {@code jkt} → jakarta). An expansion may be several words; each of them spans the whole slang
 * word in the original. The lexicon is a resource file of {@code slang<TAB>standard} lines (source and
 * licence in the module README).
 */
public final class SlangLexicon implements Step {

    public static final String RESOURCE = "normalisation/slang-id.tsv";

    private final Map<String, String[]> expansions;

    public SlangLexicon(Map<String, String> lexicon) {
        Map<String, String[]> map = new HashMap<>();
        lexicon.forEach((slang, standard) -> map.put(slang, standard.strip().split("\\s+")));
        // A HashMap rather than Map.copyOf: looked up for every word, and its probing compares fewer keys.
        this.expansions = map;
    }

    /** Reads the shipped lexicon; a broken line is a build mistake and fails loudly. */
    public static Map<String, String> load(String resource) {
        Map<String, String> lexicon = new HashMap<>();
        try (InputStream in = SlangLexicon.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Slang lexicon " + resource + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()
                        || lexicon.put(parts[0].strip(), parts[1].strip()) != null) {
                    throw new IllegalStateException("Slang lexicon " + resource + " line " + number
                            + " must be 'slang<TAB>standard' with a slang word listed once: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lexicon;
    }

    /** The standard words the lexicon writes; the vocabulary must know them so that no step rewrites them. */
    public Collection<String> standardWords() {
        List<String> words = new ArrayList<>();
        expansions.values().forEach(expansion -> words.addAll(List.of(expansion)));
        return words;
    }

    public boolean isSlang(String word) {
        return expansions.containsKey(word);
    }

    @Override
    public List<Word> apply(List<Word> words) {
        List<Word> out = null;
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            String[] expansion = expansions.get(word.text());
            if (expansion != null && out == null) {
                out = new ArrayList<>(words.subList(0, i));
            }
            if (expansion == null) {
                if (out != null) {
                    out.add(word);
                }
            } else {
                for (String standard : expansion) {
                    out.add(Word.spanning(standard, word.start(), word.end()));
                }
            }
        }
        return out == null ? words : out;
    }
}
