package id.pantau.classifier.domain.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlangLexiconTest {

    private static final Map<String, String> SHIPPED = SlangLexicon.load(SlangLexicon.RESOURCE);
    private static final SlangLexicon SLANG = new SlangLexicon(SHIPPED);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "yg; yang", "gak; tidak", "ga; tidak", "nggak; tidak", "bgt; banget", "dr; dari", "kak; kakak",
            "jkt; jakarta", "Yg murah gak ada; yang murah tidak ada", "thx kak; terima kasih kakak", "bal; bal"})
    void writesTheStandardWords(String text, String expected) {
        assertEquals(expected, String.join(" ", Words.texts(SLANG.apply(Scanner.scan(text)))));
    }

    @Test
    void everyExpandedWordSpansTheSlangWord() {
        String text = "ok thx";
        assertEquals("ok|thx|thx", Words.spans(text, SLANG.apply(Scanner.scan(text))));
    }

    @Test
    void theShippedLexiconIsLargeAndNoStandardWordIsSlangItself() {
        assertTrue(SHIPPED.size() >= 100, "entries: " + SHIPPED.size());
        for (String standard : SLANG.standardWords()) {
            assertFalse(SLANG.isSlang(standard), () -> standard + " is both a standard word and slang");
        }
        SHIPPED.keySet().forEach(slang -> assertEquals(slang, UnicodeFolding.fold(slang), "slang is written folded"));
    }
}
