package id.pantau.classifier.domain.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.lucene.analysis.id.IndonesianStemmer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndonesianStemmingTest {

    private static final IndonesianStemming STEMMING = new IndonesianStemming(Words.VOCABULARY);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            // Lucene's stemmer strips affixes without restoring the root's first letter: "memusnahkan" and
            // "pemusnahan" both give "usnah" (and still meet each other), "dimusnahkan" gives "musnah".
            "memusnahkan; usnah", "pemusnahan; usnah", "dimusnahkan; musnah", "bajunya; baju", "jaketnya; jaket",
            // short words, joined rule phrases and words with digits stay
            "bal; bal", "baju; baju", "bongkarbal; bongkarbal", "ballpress; ballpress", "10rbnya; 10rbnya"})
    void stemsWordsButNotJoinedRulePhrases(String text, String expected) {
        assertEquals(expected, String.join(" ", Words.texts(STEMMING.apply(Scanner.scan(text)))));
    }

    @Test
    void theStemSpansTheWholeWordWritten() {
        String text = "Sudah DIMUSNAHKAN.";
        assertEquals("Sudah|DIMUSNAHKAN", Words.spans(text, STEMMING.apply(Scanner.scan(text))));
    }

    @ParameterizedTest
    @CsvSource({"memusnahkan", "penyelundupan", "kebersamaannya", "dipermainkan", "pertanggungjawaban"})
    void stemmingAStemChangesNothing(String word) {
        String stem = STEMMING.stem(new IndonesianStemmer(), word);
        assertEquals(stem, STEMMING.stem(new IndonesianStemmer(), stem));
    }
}
