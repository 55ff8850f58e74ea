package id.pantau.classifier.domain.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import id.pantau.classifier.domain.Token;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NormaliserTest {

    private static final Normaliser NORMALISER = Normaliser.withWords(
            Set.of("thrift", "bal", "impor", "pecah", "bongkar", "hidden", "gem", "ball", "press"),
            Set.of("balimpor", "pecahbal", "bongkarbal", "ballpress", "hiddengem"));

    @Test
    void runsEveryStepInOrder() {
        assertEquals("jual thrift bal impor pecah bal medan yang murah banget ballpress hidden gem",
                NORMALISER.normalise("JUAL t-h-r-1-f-t, b4l impor #PecahBalMedan yg murah bgt BALLPRESSS h!dden g3m!!"));
    }

    @Test
    void tokensPointAtWhatTheAuthorWrote() {
        String text = "𝐣𝐮𝐚𝐥 t.h.r.i.f.t, b4l\u200B impor #pecahbalmedan yg";
        List<Token> tokens = NORMALISER.tokens(text);
        assertEquals(List.of("jual", "thrift", "bal", "impor", "pecah", "bal", "medan", "yang"),
                tokens.stream().map(Token::text).toList());
        assertEquals(List.of("𝐣𝐮𝐚𝐥", "t.h.r.i.f.t", "b4l", "impor", "pecah", "bal", "medan", "yg"),
                tokens.stream().map(t -> text.substring(t.start(), t.end())).toList());
    }

    @Test
    void pathologicalTextsAreNormalisedAndIdempotent() {
        for (String text : new String[] {"a ".repeat(5_000), "t-".repeat(5_000), "a".repeat(10_000), "1".repeat(10_000),
                "b4l!".repeat(2_500), "thriiift".repeat(1_250), "\u200B".repeat(10_000), "𝐁".repeat(5_000),
                "e\u0301".repeat(5_000), "\u202Ebal impor".repeat(900)}) {
            // A hang guard only (speed is the JMH benchmark's business): a minute is far beyond any loaded machine.
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                NORMALISER.tokens(text);
                String once = NORMALISER.normalise(text);
                assertEquals(once, NORMALISER.normalise(once));
            });
        }
    }

    @Test
    void nothingToNormalise() {
        assertEquals("", NORMALISER.normalise(""));
        assertEquals("", NORMALISER.normalise(null));
        assertEquals("", NORMALISER.normalise("🔥🔥 !!! \u200B ### $$$"));
    }

    @Test
    void slangWordsAreNeverKnownWordsSoNoStepRewritesThemFirst() {
        assertEquals("tidak", NORMALISER.normalise("gak"));
        assertEquals("tidak", NORMALISER.normalise("tidak"));
    }
}
