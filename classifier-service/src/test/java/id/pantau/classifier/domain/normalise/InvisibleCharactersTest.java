package id.pantau.classifier.domain.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InvisibleCharactersTest {

    @Test
    void zeroWidthFormatAndControlCharactersAreInvisible() {
        for (int cp : new int[] {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x200E, 0x202E, 0x0000, 0x0007, 0x007F}) {
            assertTrue(InvisibleCharacters.isInvisible(cp), () -> Integer.toHexString(cp));
        }
    }

    @Test
    void whitespaceLettersAndEmojiAreNot() {
        for (int cp : new int[] {'\t', '\n', '\r', ' ', 'a', '1', '#', 0x1F525, 0x00E9}) {
            assertFalse(InvisibleCharacters.isInvisible(cp), () -> Integer.toHexString(cp));
        }
    }

    @Test
    void scannerDropsThemInsideAWordButLineBreaksStillSeparate() {
        String text = "thr\u200Bift bong\u200Dkar\u0000bal\nmurah";
        assertEquals("thrift|bongkarbal|murah", String.join("|", Words.texts(Scanner.scan(text))));
        assertEquals("thr\u200Bift|bong\u200Dkar\u0000bal|murah", Words.spans(text, Scanner.scan(text)));
    }
}
