package id.pantau.ingestion.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentRulesFitTest {

    @Test
    void utf8BytesAreCountedWithoutEncoding() {
        for (String text : new String[] {"", "abc", "é", "👕", "bal 👕 impor é"}) {
            assertEquals(text.getBytes(StandardCharsets.UTF_8).length, ContentRules.utf8Bytes(text), text);
        }
    }

    @Test
    void fitDropsNulAndCutsAtACharacterBoundary() {
        assertEquals("balimpor", ContentRules.fit("bal\u0000impor", 100));
        assertEquals("ab", ContentRules.fit("ab👕", 5));
        assertEquals("ab👕", ContentRules.fit("ab👕", 6));
        assertEquals(null, ContentRules.fit(null, 6));
    }
}
