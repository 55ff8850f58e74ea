package id.pantau.classifier.domain.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SegmenterTest {

    private static final Segmenter SEGMENTER = new Segmenter(Words.VOCABULARY);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "#pecahbalmedan; pecah bal medan", "#BongkarBalMurah; bongkar bal murah", "thriftmurahmedan; thrift murah medan",
            "#bajumurah; baju murah",
            // known words, joined phrases and words that do not cut wholly into known words stay whole
            "#bongkarbal; bongkarbal", "#pecahbalon; pecah balon", "balon; balon", "thrifting; thrifting",
            "pecahbalx; pecahbalx", "medanbalxyz; medanbalxyz", "murah2024; murah2024"})
    void cutsRunTogetherWordsIntoKnownWords(String text, String expected) {
        assertEquals(expected, String.join(" ", Words.texts(SEGMENTER.apply(Scanner.scan(text)))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"#pecahbalmedan; pecah|bal|medan", "#PecahBalMedan, ok; Pecah|Bal|Medan|ok"})
    void eachPieceSpansItsOwnLetters(String text, String spans) {
        assertEquals(spans, Words.spans(text, SEGMENTER.apply(Scanner.scan(text))));
    }
}
