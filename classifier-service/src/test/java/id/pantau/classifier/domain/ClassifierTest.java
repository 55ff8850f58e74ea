package id.pantau.classifier.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.pantau.classifier.config.RuleSetLoader;
import id.pantau.events.MatchedTerm;
import id.pantau.events.Verdict;
import java.util.List;
import java.util.Locale;
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
            new Classifier(RuleSetLoader.load("classpath:rulesets/second-hand-clothing.v2.json"));

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
                post("Main bola bal di lapangan", Verdict.CLEAR, 0.0, "hay-and-ball"),
                post("hidden gem cafe di Bogor", Verdict.CLEAR, 0.0),
                post("Hidden gem kuliner: bakso enak di Malang, wajib coba", Verdict.CLEAR, 0.0),
                post("thrift = hemat, tips keuangan", Verdict.CLEAR, 0.0, "thrift-word", "thrift-frugal"),
                post("Kucing saya suka cakar sofa di ruang tamu", Verdict.CLEAR, 0.0),
                post("Beli beras karungan di pasar induk lebih murah", Verdict.CLEAR, 0.0),
                post("Preloved baju anak, pemakaian pribadi, masih bagus", Verdict.CLEAR, 0.0),
                post("Tim voli putri buka latihan bal-balan sore ini", Verdict.CLEAR, 0.0),
                post("", Verdict.CLEAR, 0.0),
                // evasions: leetspeak, split, stretched and invisible letters, run-together hashtags
                post("Ready thr!ft impor Korea, DM aja kak", Verdict.VIOLATION, 2.0, "thrift-shop-import"),
                post("h!dden g3m jaket kulit 50rb aja", Verdict.REVIEW, 1.5, "hidden-gem-clothing"),
                post("h!dden g3m thr!ft, jaket 35rb", Verdict.VIOLATION, 2.0, "hidden-gem-clothing", "thrift-word"),
                post("t-h-r-i-f-t-i-n-g jaket murah", Verdict.REVIEW, 1.0, "thrifting"),
                post("t.h.r.i.f.t impor ready", Verdict.VIOLATION, 2.0, "thrift-shop-import"),
                post("t h r i f t i n g murah meriah", Verdict.REVIEW, 1.0, "thrifting"),
                post("t*h*r*1*f*t impor, stok terbatas", Verdict.VIOLATION, 2.0, "thrift-shop-import"),
                post("#pecahbalmedan malam ini, yg mau merapat", Verdict.VIOLATION, 2.0, "bale-opening"),
                post("Ready ballpresss Korea grade A", Verdict.VIOLATION, 2.0, "bale-import"),
                post("thriiiifting murah, cek ig", Verdict.REVIEW, 1.0, "thrifting"),
                post("b4l impor Jepang baru datang", Verdict.VIOLATION, 2.0, "bale-import"),
                post("B0NGK4R B4L malam ini jam 7", Verdict.VIOLATION, 2.0, "bale-opening"),
                post("bong\u200Bkar bal jam 8, gas!", Verdict.VIOLATION, 2.0, "bale-opening"),
                post("#bongkarbalimpormurah", Verdict.VIOLATION, 4.0, "bale-opening", "bale-import"),
                // regional names of the trade
                post("Babebo murah meriah, mulai 10rb", Verdict.REVIEW, 1.5, "regional-used-clothing"),
                post("Cimol jaket cuma 20rb, langsung dateng aja", Verdict.REVIEW, 1.5, "regional-market-clothing"),
                post("Rombengan kemeja flanel 15rb", Verdict.REVIEW, 1.5, "regional-market-clothing"),
                post("Monza Medan: hoodie 35rb, sweater 40rb", Verdict.REVIEW, 1.5, "regional-market-clothing"),
                post("Baju Batam grade kepala, bisa COD", Verdict.VIOLATION, 3.0, "regional-used-clothing", "bale-grade"),
                post("Kiriman kapal baru sandar, jaket tebal 40rb", Verdict.REVIEW, 1.5, "regional-market-clothing"),
                post("Kiriman kapal baru, b4l impor, jaket 40rb", Verdict.VIOLATION, 3.5, "regional-market-clothing",
                        "bale-import"),
                post("Cakar Makassar: kemeja 10rb", Verdict.REVIEW, 1.5, "sack-clothing"),
                // legitimate look-alikes
                post("Jual 20 bal jerami kering untuk pakan sapi", Verdict.CLEAR, 0.0, "hay-and-ball"),
                post("Bongkar bal jerami di kandang, sapinya lahap", Verdict.CLEAR, 0.0, "bale-opening", "hay-and-ball"),
                post("Pecah bal! Gol indah di final sepak bola tadi malam", Verdict.CLEAR, 0.0, "bale-opening",
                        "hay-and-ball"),
                post("Anak-anak main bola, bal-nya pecah kena paku", Verdict.CLEAR, 0.0, "hay-and-ball"),
                post("Lomba #pecahbalon 17an di kampung", Verdict.CLEAR, 0.0),
                post("Hidup thrifty: tips hemat ala anak kos", Verdict.CLEAR, 0.0, "thrift-frugal"),
                post("Thrift itu artinya hemat, irit dan menabung", Verdict.CLEAR, 0.0, "thrift-word", "thrift-frugal"),
                post("Liburan ke Tokyo kemarin mampir thrift shop, seru bgt", Verdict.CLEAR, 0.0, "thrifting",
                        "travel-abroad"),
                post("Polisi gerebek gudang ballpress di Pekanbaru, 300 bal disita", Verdict.CLEAR, 0.0, "bale-import",
                        "enforcement-news"),
                post("Cimol pedas enak di depan sekolah", Verdict.CLEAR, 0.0),
                post("Nonton balapan F1 di Monza tahun ini", Verdict.CLEAR, 0.0),
                post("Kiriman kapal dari Surabaya berisi semen sudah tiba", Verdict.CLEAR, 0.0),
                post("Pasar rombengan jual radio dan kipas bekas", Verdict.CLEAR, 0.0));
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
        assertEquals(2, decision.ruleSetVersion());
    }

    @ParameterizedTest(name = "spans: {0}")
    @MethodSource("posts")
    void everySpanIsThePieceOfTheOriginalTextThatMatched(String text) {
        for (MatchedTerm match : CLASSIFIER.classify(text).matches()) {
            String span = text.substring(match.start(), match.end());
            String expected = match.term().contains(" ~ ") ? match.term().substring(0, match.term().indexOf(" ~ ")) : match.term();
            // The span is what the author wrote ("b4l impor"); read the normalised way it contains the term.
            String joinedSpan = CLASSIFIER.normaliser().normalise(span).replace(" ", "");
            assertTrue(joinedSpan.contains(String.join("", Tokenizer.words(expected))),
                    () -> "span '" + span + "' does not contain term '" + expected + "'");
        }
    }

    /** Each post of the table and variations of it: shouted, with invisible characters, in leetspeak. */
    static Stream<String> postsAndVariations() {
        return posts().map(arguments -> (String) arguments.get()[0]).flatMap(text -> Stream.of(text,
                text.toUpperCase(Locale.ROOT), text.replaceAll("(.{3})", "$1\u200B"),
                text.replace('a', '4').replace('e', '3').replace('i', '!'), text.replace(" ", " . "),
                text.replaceAll("([a-z])", "$1$1$1")));
    }

    @ParameterizedTest(name = "idempotent: {0}")
    @MethodSource("postsAndVariations")
    void normalisingTwiceGivesTheSameAsOnce(String text) {
        String once = CLASSIFIER.normaliser().normalise(text);
        assertEquals(once, CLASSIFIER.normaliser().normalise(once));
    }

    @ParameterizedTest(name = "offsets: {0}")
    @MethodSource("postsAndVariations")
    void everyTokenSpansANonEmptyPartOfTheOriginalInTextOrder(String text) {
        int previousStart = 0;
        for (Token token : CLASSIFIER.normaliser().tokens(text)) {
            assertTrue(token.start() >= previousStart && token.start() < token.end() && token.end() <= text.length(),
                    () -> token + " in " + text.length() + " chars");
            previousStart = token.start();
        }
    }

    private static final RuleSet SHIPPED = RuleSetLoader.load("classpath:rulesets/second-hand-clothing.v2.json");
    private static final Classifier STEMMING = new Classifier(new RuleSet(SHIPPED.id(), SHIPPED.version(),
            SHIPPED.policy(), SHIPPED.thresholds(), SHIPPED.rules(), true));

    @Test
    void stemmingLetsATermCoverItsInflections() {
        String text = "Petugas memusnahkan 300 bal pakaian bekas impor di Batam";
        assertEquals(Verdict.VIOLATION, CLASSIFIER.classify(text).verdict());
        Decision stemmed = STEMMING.classify(text);
        assertEquals(Verdict.CLEAR, stemmed.verdict());
        // "memusnahkan" is not a term, but its stem is the stem of the term "pemusnahan".
        assertTrue(stemmed.matches().contains(new MatchedTerm("enforcement-news", "pemusnahan", 8, 19, -2.0)),
                () -> stemmed.matches().toString());
    }

    @ParameterizedTest(name = "idempotent with stemming: {0}")
    @MethodSource("postsAndVariations")
    void normalisingTwiceGivesTheSameAsOnceWithStemming(String text) {
        String once = STEMMING.normaliser().normalise(text);
        assertEquals(once, STEMMING.normaliser().normalise(once));
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
}
