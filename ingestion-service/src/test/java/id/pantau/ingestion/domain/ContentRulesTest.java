package id.pantau.ingestion.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ContentRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "https://www.tiktok.com/@thrift.bdg/video/7212345678901234567",
            "http://shopee.co.id/product/123/456?sp_atk=abc#reviews",
            "HTTPS://WWW.YOUTUBE.COM/watch?v=dQw4w9WgXcQ",
            "https://localhost:8443/x",
            "https://m.facebook.com/story.php?story_fbid=1&id=2"})
    void acceptsAbsoluteWebUrls(String url) {
        assertTrue(ContentRules.isWebUrl(url), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "   ",
            "tiktok.com/@thrift.bdg",
            "/video/123",
            "//www.tiktok.com/video/1",
            "ftp://files.example.com/a",
            "file:///etc/passwd",
            "javascript:alert(1)",
            "mailto:seller@example.com",
            "https://",
            "https:///video/1",
            "https://www.tiktok.com/video/1 2",
            "https://www.tiktok.com/\u0000",
            "http://[::1"})
    void refusesAnythingElse(String url) {
        assertFalse(ContentRules.isWebUrl(url), url);
    }

    @Test
    void refusesNull() {
        assertFalse(ContentRules.isWebUrl(null));
    }

    @Test
    void countsCharactersAsCodePoints() {
        assertEquals(3, ContentRules.characters("abc"));
        assertEquals(2, ContentRules.characters("👕👖"));
        assertEquals(0, ContentRules.characters(""));
    }

    @Test
    void onlyTheNulCharacterIsUnstorable() {
        assertTrue(ContentRules.isStorable(null));
        assertTrue(ContentRules.isStorable("tab\tnewline\nemoji👕"));
        assertFalse(ContentRules.isStorable("bal\u0000thrift"));
    }
}
