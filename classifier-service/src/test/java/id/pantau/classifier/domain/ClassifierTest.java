package id.pantau.classifier.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.pantau.classifier.config.RuleSetLoader;
import id.pantau.events.MatchedTerm;
import id.pantau.events.Verdict;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped second-hand-clothing rule set against realistic Indonesian posts. */
class ClassifierTest {

    private static final Classifier CLASSIFIER =
            new Classifier(RuleSetLoader.load("classpath:rulesets/second-hand-clothing.v1.json"));

    static Stream<Arguments> posts() {
        return Stream.of(
                // promoting the trade
                post("Bongkar bal impor Korea hari ini! Thrifting murah mulai 10rb", Verdict.VIOLATION, 5.0,
                        "bale-opening", "bale-import", "thrifting"),
                post("hidden gem thrift jaket vintage di Pasar Senen", Verdict.VIOLATION, 2.0,
                        "hidden-gem-clothing", "thrift-word"),
                post("Open PO #bongkarbal hari Sabtu, live jam 8 malam", Verdict.VIOLATION, 2.0, "bale-opening"),
                post("Ready BALLPRESS Korea grade A, hubungi WA 0812xxxx", Verdict.VIOLATION, 2.0, "bale-import"),
                post("Jual pakaian bekas impor murah, kualitas masih bagus, bisa COD", Verdict.VIOLATION, 2.0,
                        "used-clothing-import"),
                post("Thrift shop impor terlengkap di Jakarta, grosir & ecer", Verdict.VIOLATION, 2.0,
                        "thrift-shop-import"),
                post("LIVE pecah bal jaket Jepang 🔥🔥 #thrifting #bajubekasimpor", Verdict.VIOLATION, 5.0,
                        "bale-opening", "thrifting", "used-clothing-import"),
                post("𝐁𝐎𝐍𝐆𝐊𝐀𝐑 𝐁𝐀𝐋 malam ini jam 7", Verdict.VIOLATION, 2.0, "bale-opening"),
                post("ＢＵＫＡ ＢＡＬ hoodie US, cek keranjang kuning", Verdict.VIOLATION, 2.0, "bale-opening"),
                post("Razia di mana-mana, tapi kami tetap bongkar bal impor tiap Jumat! Thrifting murah", Verdict.VIOLATION,
                        3.0, "bale-opening", "bale-import", "thrifting", "enforcement-news"),
                // needing a human look
                post("Thrifting haul hari ini: hoodie Uniqlo 30rb #thrifting #thriftshop", Verdict.REVIEW, 1.0, "thrifting"),
                post("Nemu hidden gem di Pasar Senen, jaketnya cuma 20rb!", Verdict.REVIEW, 1.5, "hidden-gem-clothing"),
                post("Baju cakar murah meriah, bisa COD Makassar", Verdict.REVIEW, 1.5, "sack-clothing"),
                post("Awul-awul Sukawati buka lagi, jaket cuma 25rb", Verdict.REVIEW, 1.5, "regional-used-clothing"),
                post("Sisa ekspor impor, kemeja branded 15rb aja", Verdict.REVIEW, 1.0, "export-surplus"),
                post("Kaos karungan dijual per kilo, chat admin", Verdict.REVIEW, 1.5, "sack-clothing"),
                // legitimate: news, enforcement, campaigns and unrelated meanings
                post("Razia pakaian bekas impor di Bandung, 500 bal dimusnahkan", Verdict.CLEAR, 0.0,
                        "used-clothing-import", "enforcement-news"),
                post("Bea Cukai menyita 1.200 bal pakaian bekas impor ilegal di Batam", Verdict.CLEAR, 0.0,
                        "used-clothing-import", "enforcement-news"),
                post("Kemendag tegaskan larangan impor baju bekas tetap berlaku", Verdict.CLEAR, 0.0, "enforcement-news"),
                post("Stop thrifting! Bangga buatan Indonesia, lindungi UMKM", Verdict.CLEAR, 0.0, "campaign"),
                post("Main bola bal di lapangan", Verdict.CLEAR, 0.0),
                post("hidden gem cafe di Bogor", Verdict.CLEAR, 0.0),
                post("Hidden gem kuliner: bakso enak di Malang, wajib coba", Verdict.CLEAR, 0.0),
                post("thrift = hemat, tips keuangan", Verdict.CLEAR, 0.5, "thrift-word"),
                post("Kucing saya suka cakar sofa di ruang tamu", Verdict.CLEAR, 0.0),
                post("Beli beras karungan di pasar induk lebih murah", Verdict.CLEAR, 0.0),
                post("Preloved baju anak, pemakaian pribadi, masih bagus", Verdict.CLEAR, 0.0),
                post("Tim voli putri buka latihan bal-balan sore ini", Verdict.CLEAR, 0.0),
                post("", Verdict.CLEAR, 0.0));
    }

    private static Arguments post(String text, Verdict verdict, double score, String... rules) {
        return Arguments.of(text, verdict, score, new TreeSet<>(Set.of(rules)));
    }

    @ParameterizedTest(name = "{1} {2}: {0}")
    @MethodSource("posts")
    void classifiesRealisticPosts(String text, Verdict verdict, double score, Set<String> rules) {
        Decision decision = CLASSIFIER.classify(text);
        Set<String> matchedRules = decision.matches().stream().map(MatchedTerm::ruleId)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(rules, matchedRules, "matched rules");
        assertEquals(score, decision.score(), 1e-9, "score");
        assertEquals(verdict, decision.verdict(), "verdict");
        assertEquals("second-hand-clothing", decision.ruleSetId());
        assertEquals(1, decision.ruleSetVersion());
    }

    @ParameterizedTest(name = "spans: {0}")
    @MethodSource("posts")
    void everySpanIsThePieceOfTheOriginalTextThatMatched(String text) {
        for (MatchedTerm match : CLASSIFIER.classify(text).matches()) {
            String span = text.substring(match.start(), match.end());
            String expected = match.term().contains(" ~ ") ? match.term().substring(0, match.term().indexOf(" ~ ")) : match.term();
            String joinedSpan = String.join("", Tokenizer.words(span));
            assertTrue(joinedSpan.contains(String.join("", Tokenizer.words(expected))),
                    () -> "span '" + span + "' does not contain term '" + expected + "'");
        }
    }

    @Test
    void reportsEachMatchWithOffsetsAndWeights() {
        String text = "Bongkar bal impor Korea hari ini! Thrifting murah mulai 10rb";
        assertEquals(List.of(
                        new MatchedTerm("bale-opening", "bongkar bal", 0, 11, 2.0),
                        new MatchedTerm("bale-import", "bal impor", 8, 17, 2.0),
                        new MatchedTerm("thrifting", "thrifting", 34, 43, 1.0)),
                CLASSIFIER.classify(text).matches());
    }

    @Test
    void proximityMatchSpansAnchorAndContextWord() {
        assertEquals(List.of(
                        new MatchedTerm("hidden-gem-clothing", "hidden gem ~ thrift", 0, 17, 1.5),
                        new MatchedTerm("thrift-word", "thrift", 11, 17, 0.5)),
                CLASSIFIER.classify("hidden gem thrift jaket vintage di Pasar Senen").matches());
    }

    @Test
    void contextWordBeyondTheWindowDoesNotCount() {
        // From "hidden gem" to "jaket" is six words in the first post; the window is five.
        assertEquals(Verdict.CLEAR, CLASSIFIER.classify("hidden gem di pojok pasar lama kota jaket").verdict());
        assertEquals(Verdict.REVIEW, CLASSIFIER.classify("hidden gem di pojok pasar lama jaket").verdict());
        assertEquals(Verdict.REVIEW, CLASSIFIER.classify("jaket kulit ini hidden gem").verdict());
    }

    @Test
    void exclusionsCarryNegativeWeightsAndTheScoreIsFlooredAtZero() {
        Decision decision = CLASSIFIER.classify("Razia dan pemusnahan di Batam");
        assertEquals(0.0, decision.score());
        assertEquals(List.of(
                        new MatchedTerm("enforcement-news", "razia", 0, 5, -2.0),
                        new MatchedTerm("enforcement-news", "pemusnahan", 10, 20, -2.0)),
                decision.matches());
    }

    @Test
    void aRuleCountsOnceHoweverOftenItMatches() {
        Decision decision = CLASSIFIER.classify("thrifting thrifting #thrifting THRIFTING");
        assertEquals(1.0, decision.score());
        assertEquals(4, decision.matches().size());
    }

    @Test
    void hashtagMatchesTheJoinedFormOfAPhrase() {
        Decision decision = CLASSIFIER.classify("Cek #BongkarBal dan #balimpor");
        assertEquals(List.of(
                        new MatchedTerm("bale-opening", "bongkar bal", 5, 15, 2.0),
                        new MatchedTerm("bale-import", "bal impor", 21, 29, 2.0)),
                decision.matches());
    }

    @Test
    void aTermInsideALongerTermDoesNotAddItsWeight() {
        Decision decision = CLASSIFIER.classify("thrift shop impor");
        assertEquals(List.of(new MatchedTerm("thrift-shop-import", "thrift shop impor", 0, 17, 2.0)), decision.matches());
    }

    @Test
    void explanationOfASpammyPostIsBounded() {
        Decision decision = CLASSIFIER.classify("bongkar bal ".repeat(500));
        assertEquals(Classifier.MAX_SPANS_PER_RULE, decision.matches().size());
        assertEquals(Verdict.VIOLATION, decision.verdict());
    }

    @Test
    void fastEnoughForThePipeline() {
        // A smoke check, not the benchmark: a realistic post must classify in microseconds.
        String text = "Bongkar bal impor Korea hari ini! Thrifting murah mulai 10rb, hidden gem jaket vintage #thrifting";
        for (int i = 0; i < 20_000; i++) {
            CLASSIFIER.classify(text);
        }
        long start = System.nanoTime();
        int posts = 50_000;
        for (int i = 0; i < posts; i++) {
            CLASSIFIER.classify(text);
        }
        double microsPerPost = (System.nanoTime() - start) / 1000.0 / posts;
        assertTrue(microsPerPost < 100, () -> "classifying took " + microsPerPost + " µs per post");
    }
}
