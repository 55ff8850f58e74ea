package id.pantau.classifier.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void lowerCasesAndKeepsOffsetsIntoTheOriginal() {
        assertEquals(List.of(new Token("bongkar", 0, 7), new Token("bal", 8, 11), new Token("impor", 12, 17)),
                Tokenizer.tokenize("Bongkar BAL impor!"));
    }

    @Test
    void hashtagIsOneWordWithoutTheHash() {
        assertEquals(List.of(new Token("bongkarbal", 1, 11), new Token("thrifting", 13, 22)),
                Tokenizer.tokenize("#bongkarbal #Thrifting"));
    }

    @Test
    void fancyFontLettersAreNormalisedButSpansCoverTheSurrogatePairs() {
        String text = "𝐁𝐎𝐍𝐆𝐊𝐀𝐑 𝐁𝐀𝐋";
        List<Token> tokens = Tokenizer.tokenize(text);
        assertEquals(List.of(new Token("bongkar", 0, 14), new Token("bal", 15, 21)), tokens);
        assertEquals("𝐁𝐀𝐋", text.substring(15, 21));
    }

    @Test
    void fullWidthLettersAreNormalised() {
        assertEquals(List.of(new Token("thrift", 0, 6), new Token("murah", 7, 12)), Tokenizer.tokenize("ＴＨＲＩＦＴ　murah"));
    }

    @Test
    void ligatureGrowsTheWordButNotTheSpan() {
        // U+FB01 is one character in the text and "fi" after NFKC.
        assertEquals(List.of(new Token("outfit", 0, 5)), Tokenizer.tokenize("outﬁt"));
    }

    @Test
    void combiningMarkStaysInItsWordAndIsComposed() {
        List<Token> tokens = Tokenizer.tokenize("cafe\u0301 enak");
        assertEquals(List.of(new Token("caf\u00e9", 0, 5), new Token("enak", 6, 10)), tokens);
    }

    @Test
    void emojiPunctuationHyphenAndUnderscoreSeparateWords() {
        assertEquals(List.of("thrifting", "murah", "awul", "awul", "bongkar", "bal"),
                Tokenizer.tokenize("thrifting🔥murah, awul-awul #bongkar_bal").stream().map(Token::text).toList());
    }

    @Test
    void digitsBelongToWords() {
        assertEquals(List.of(new Token("mulai", 0, 5), new Token("10rb", 6, 10)), Tokenizer.tokenize("mulai 10rb"));
    }

    @Test
    void nothingToTokenise() {
        assertEquals(List.of(), Tokenizer.tokenize(null));
        assertEquals(List.of(), Tokenizer.tokenize(""));
        assertEquals(List.of(), Tokenizer.tokenize(" !!! 🔥 "));
    }

    @Test
    void termsAreTokenisedLikeText() {
        assertEquals(List.of("awul", "awul"), Tokenizer.words("Awul-Awul"));
        assertEquals(List.of("bal", "impor"), Tokenizer.words("  bal   IMPOR "));
    }
}
