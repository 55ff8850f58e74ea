package id.pantau.classifier.domain.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeetSpeakTest {

    private static final LeetSpeak LEET = new LeetSpeak(Words.VOCABULARY);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "thr!ft; thrift", "h!dden g3m; hidden gem", "b4l impor; bal impor", "B0NGK4R; bongkar",
            "7hrif7; thrift", "thr1ft; thrift", "ba|| pre$$; ball press", "$ale; sale", "imp0r; impor",
            // a known word with punctuation stays that word, not a leetspeak reading ("bal!" is not "bali")
            "bal!; bal", "murah!!!; murah", "thr!ft!; thrift",
            // no known reading: numbers and prices stay, symbols split
            "10rb; 10rb", "45k; 45k", "2024; 2024", "0812345; 0812345", "a@b; a b", "k4mu; k4mu", "b4; b4"})
    void readsDigitsAndSymbolsOnlyIntoKnownWords(String text, String expected) {
        assertEquals(expected, String.join(" ", Words.texts(LEET.apply(Scanner.scan(text)))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"h!dden g3m!; h!dden|g3m", "x thr!ft!; x|thr!ft"})
    void keepsTheSpansOfWhatWasWritten(String text, String spans) {
        List<Word> words = LEET.apply(Scanner.scan(text));
        assertEquals(spans, Words.spans(text, words));
    }
}
