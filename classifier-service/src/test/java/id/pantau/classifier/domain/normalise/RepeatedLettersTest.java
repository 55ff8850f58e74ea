package id.pantau.classifier.domain.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepeatedLettersTest {

    private static final RepeatedLetters COLLAPSE = new RepeatedLetters(Words.VOCABULARY);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "ballpresss; ballpress", "thriiiift; thrift", "thrifttt; thrift", "baaaal; bal", "murahhhh; murah",
            "thriiiiftiiiing; thrifting",
            // ordinary double letters and unknown words stay
            "tinggal; tinggal", "maaf; maaf", "ball; ball", "zzzz; zzzz", "1000; 1000", "aaaaaaaaaaaaaaaaaaaa; aaaaaaaaaaaaaaaaaaaa"})
    void collapsesStretchedLettersIntoKnownWords(String text, String expected) {
        assertEquals(expected, String.join(" ", Words.texts(COLLAPSE.apply(Scanner.scan(text)))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"jual BALLPRESSS; jual|BALLPRESSS", "thriiiift; thriiiift"})
    void theCollapsedWordSpansAllTheLettersWritten(String text, String spans) {
        assertEquals(spans, Words.spans(text, COLLAPSE.apply(Scanner.scan(text))));
    }
}
