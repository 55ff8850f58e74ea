package id.pantau.classifier.domain.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RewritingTest {

    private static final List<Step> STEPS = List.of(new LeetSpeak(Words.VOCABULARY), new SplitLetters(Words.VOCABULARY),
            new RepeatedLetters(Words.VOCABULARY), new SlangLexicon(Map.of("yg", "yang", "gak", "tidak", "bgt", "banget")),
            new Segmenter(Words.VOCABULARY));

    /** Runs as the normaliser hands them over: whole, and word by word; twice, so the second read hits the memo. */
    @ParameterizedTest
    @ValueSource(strings = {"yg gak bgt murah", "thr!ft h!dden g3m", "t-h-r-i-f-t murah", "x t h r i f t y",
            "t!h!r!i!f!t", "ballpresss thriiiift", "#pecahbalmedan yg", "b4l!mpor 45k 0812xxxx", "a b c d",
            "𝐁𝐀𝐋 thr\u200Bift", "ᴛʜʀɪꜰᴛ", "b a", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", "t!", "i! i! i!"})
    void givesWhatTheStepsGiveWhereverTheWordsStand(String text) {
        Rewriting rewriting = new Rewriting(STEPS);
        for (String padding : List.of("", "   ", "jual   ", "")) {
            List<Word> scanned = Scanner.scan(padding + text);
            assertEquals(describe(steps(scanned)), describe(rewritten(rewriting, scanned)), padding + text);
            for (Word word : scanned) {
                assertEquals(describe(steps(List.of(word))), describe(rewritten(rewriting, List.of(word))), word.text());
            }
        }
    }

    private static List<Word> steps(List<Word> run) {
        for (Step step : STEPS) {
            run = step.apply(run);
        }
        return run;
    }

    private static List<Word> rewritten(Rewriting rewriting, List<Word> run) {
        List<Word> out = new ArrayList<>(List.of(Word.plain("before", 0)));
        rewriting.rewrite(run, out);
        return out.subList(1, out.size());
    }

    /** Each word's text and the original span of every character. */
    private static String describe(List<Word> words) {
        StringBuilder out = new StringBuilder();
        for (Word word : words) {
            out.append(word.text()).append(':');
            for (int i = 0; i < word.length(); i++) {
                Word character = word.sub(i, i + 1);
                out.append(character.start()).append('-').append(character.end()).append(',');
            }
            out.append(' ');
        }
        return out.toString();
    }
}
