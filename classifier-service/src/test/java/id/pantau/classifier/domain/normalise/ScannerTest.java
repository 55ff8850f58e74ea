package id.pantau.classifier.domain.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScannerTest {

    /** The scanner's ASCII fast path skips the mark look-up for a following character below U+0300. */
    @Test
    void noCombiningMarkLiesBelowU0300() {
        for (int cp = 0; cp < 0x300; cp++) {
            assertFalse(Scanner.isMark(cp), Integer.toHexString(cp));
        }
    }

    @Test
    void plainWordsKeepTheirSpansThroughCutsAndRewrites() {
        String text = "Jual B4LLPRESS murah";
        List<Word> words = Scanner.scan(text);
        assertEquals("jual|b4llpress|murah", String.join("|", Words.texts(words)));
        Word bale = words.get(1);
        assertEquals("B4LLPRESS", text.substring(bale.start(), bale.end()));
        Word cut = bale.sub(1, 4);
        assertEquals("4LL", text.substring(cut.start(), cut.end()));
        Word read = cut.rewritten("all");
        assertEquals(cut.start(), read.start());
        assertEquals(cut.end(), read.end());
        Word joined = Word.join(List.of(words.get(0), words.get(2)));
        assertEquals("jualmurah", joined.text());
        assertEquals(0, joined.start());
        assertEquals(text.length(), joined.end());
    }

    @Test
    void aWordWithADroppedCharacterOrAFoldedLetterKeepsOneSpanPerCharacter() {
        String text = "thr\u200Bift Ｂａｌ";
        List<Word> words = Scanner.scan(text);
        assertEquals("thrift|bal", String.join("|", Words.texts(words)));
        Word thrift = words.get(0);
        assertEquals("thr\u200Bift", text.substring(thrift.start(), thrift.end()));
        assertEquals("ift", text.substring(thrift.sub(3, 6).start(), thrift.sub(3, 6).end()));
        assertEquals("Ｂａｌ", text.substring(words.get(1).start(), words.get(1).end()));
    }
}
