package id.pantau.classifier.domain.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnicodeFoldingTest {

    @Test
    void nfkcTurnsFancyLettersIntoPlainOnes() {
        assertEquals("b", UnicodeFolding.fold("𝐁"));
        assertEquals("t", UnicodeFolding.fold("Ｔ"));
        assertEquals("fi", UnicodeFolding.fold("ﬁ"));
        assertEquals("é", UnicodeFolding.fold("e\u0301"));
    }

    @Test
    void caseFoldingUnifiesLetterForms() {
        assertEquals("a", UnicodeFolding.fold("A"));
        assertEquals("σ", UnicodeFolding.fold("ς"));
        assertEquals("s", UnicodeFolding.fold("ſ"));
        assertEquals('z', UnicodeFolding.foldAscii('Z'));
        assertEquals('5', UnicodeFolding.foldAscii('5'));
    }

    @ParameterizedTest
    @ValueSource(strings = {"𝐁", "ß", "İ", "ǅ", "ﬃ", "Ω", "K", "ς", "e\u0301", "①", "㎏"})
    void foldingTwiceChangesNothing(String cluster) {
        String once = UnicodeFolding.fold(cluster);
        assertEquals(once, UnicodeFolding.fold(once));
    }
}
