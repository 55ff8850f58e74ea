package id.pantau.ingestion.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContentHashTest {

    @Test
    void isTheSha256HexOfTheUtf8Text() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ContentHash.of("abc"));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", ContentHash.of(""));
    }

    @Test
    void hashesUtf8BytesOfNonAsciiText() {
        // "é" is C3 A9 in UTF-8; in ISO-8859-1 it would be E9 and hash differently.
        assertEquals("4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c", ContentHash.of("\u00e9"));
        assertNotEquals(ContentHash.of("e\u0301"), ContentHash.of("\u00e9"), "no Unicode normalisation: the text is evidence");
    }

    @Test
    void isLowerCaseHexOf64Digits() {
        assertTrue(ContentHash.of("Bongkar bal thrift 👕").matches("[0-9a-f]{64}"));
    }

    @Test
    void aSingleChangedCharacterChangesTheHash() {
        assertNotEquals(ContentHash.of("hidden gem 25rb"), ContentHash.of("hidden gem 26rb"));
    }
}
