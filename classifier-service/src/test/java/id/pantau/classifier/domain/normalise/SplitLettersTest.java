package id.pantau.classifier.domain.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SplitLettersTest {

    private static final SplitLetters JOIN = new SplitLetters(Words.VOCABULARY);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "t-h-r-i-f-t; thrift", "t.h.r.i.f.t; thrift", "t h r i f t; thrift", "t*h*r*i*f*t murah; thrift murah",
            "T_H_R_I_F_T_I_N_G; thrifting", "b-a-l i-m-p-o-r; balimpor", "t.h.r.1.f.t; thrift",
            "x t h r i f t y; x thrift y",
            // letters that form no known word stay apart
            "a b c d; a b c d", "r t 05; r t 05", "b a; b a"})
    void joinsLettersIntoKnownWords(String text, String expected) {
        assertEquals(expected, String.join(" ", Words.texts(JOIN.apply(Scanner.scan(text)))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"jual t-h-r-i-f-t; jual|t-h-r-i-f-t", "t . h . r . i . f . t!; t . h . r . i . f . t"})
    void theJoinedWordSpansFromTheFirstToTheLastLetter(String text, String spans) {
        List<Word> words = JOIN.apply(new LeetSpeak(Words.VOCABULARY).apply(Scanner.scan(text)));
        assertEquals(spans, Words.spans(text, words));
    }
}
