package id.pantau.classifier.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.pantau.classifier.config.ClassifierConfig;
import id.pantau.classifier.domain.Classifier;
import id.pantau.classifier.domain.Decision;
import id.pantau.classifier.model.DataSet;
import id.pantau.classifier.model.LabelledPost;
import id.pantau.classifier.model.ServiceNormaliser;
import id.pantau.classifier.model.TribuoTextModel;
import id.pantau.events.Verdict;
import io.smallrye.config.WithDefault;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Regression tests for every trap the issue names, each a sentence written for this test and found in no
 * split of the data set, decided by the service's own path: the rule set seeded ACTIVE, the shipped model and
 * {@code Combination.CHOSEN} through {@link Decider}. The first three were wrong when the model decided alone.
 */
class TrapsTest {

    private static final Classifier ACTIVE = ServiceNormaliser.rules();
    private static final Decider DECIDER = new Decider(new TribuoTextModel(TribuoTextModel.SHIPPED));

    static Stream<Arguments> traps() {
        return Stream.of(
                // wrong with the model alone: hay (was VIOLATION), raid news (was REVIEW), run-together hashtag (was REVIEW)
                trap("hay", Verdict.CLEAR, "Bongkar bal sapi di kandang"),
                trap("raid news", Verdict.CLEAR, "Razia pakaian bekas impor di Bandung, 500 bal dimusnahkan"),
                trap("run-together hashtag", Verdict.VIOLATION, "#pecahbalmedan malam ini, yg mau merapat"),
                // legitimate posts that use the trade's words
                trap("raid news", Verdict.CLEAR, "Polisi gerebek gudang ballpress di Pekanbaru, 300 bal disita"),
                trap("news of the ban", Verdict.CLEAR, "Pemerintah resmi melarang impor pakaian bekas lewat Permendag 40/2022"),
                trap("ministry campaign", Verdict.CLEAR,
                        "Kemendag ajak masyarakat bangga pakai produk lokal dan tinggalkan baju bekas impor"),
                trap("critique", Verdict.CLEAR, "Konten pecah bal itu merusak industri garmen kita, tolong berhenti"),
                trap("own clothes", Verdict.CLEAR, "Jual kemeja pribadi, baru dipakai sekali ke kantor, ukuran L, 70rb"),
                trap("donation", Verdict.CLEAR,
                        "Kami buka donasi pakaian layak pakai untuk korban longsor, antar ke posko desa"),
                trap("upcycling", Verdict.CLEAR, "Celana jeans bekas kujadikan tas selempang, tutorial lengkap di reels"),
                trap("local brand", Verdict.CLEAR, "Hoodie brand lokal kami dijahit di Bandung, baru dan bergaransi"),
                trap("hidden-gem cafe", Verdict.CLEAR, "Hidden gem cafe di Malang dengan kopi susu gula aren terenak"),
                trap("bal as a ball", Verdict.CLEAR, "Anak-anak main bal plastik di gang sampai sore"),
                trap("bal as a bale of hay", Verdict.CLEAR, "Jual jerami kering 30 bal untuk pakan kambing"),
                trap("thrift meaning frugal", Verdict.CLEAR,
                        "Thrift artinya hemat: catat pengeluaran dan sisihkan gaji di awal bulan"),
                trap("thrift shop abroad", Verdict.CLEAR, "Waktu liburan ke Osaka aku masuk thrift shop lokal, cuma lihat-lihat"),
                trap("explicit denial", Verdict.CLEAR, "Ini kaos baru dari konveksi kami, bukan barang bal"),
                // evasions: obfuscation, euphemism, emoji
                trap("leetspeak", Verdict.VIOLATION, "Ready thr!ft jaket Korea 40rb, DM ya"),
                trap("leetspeak hidden gem", Verdict.VIOLATION, "h!dden g3m jaket bekas impor 25rb di pasar"),
                trap("split letters", Verdict.VIOLATION, "t-h-r-i-f-t impor hoodie 35k, cod"),
                trap("stretched word", Verdict.VIOLATION, "Ready ballpresss isi jaket, reseller welcome"),
                trap("euphemism", Verdict.VIOLATION, "Kiriman kapal baru datang, jaket dan kemeja bekas 20rb"),
                trap("emoji", Verdict.VIOLATION, "📦🔓 bal 🇰🇷 malam ini, jaket 30k 📲 DM"),
                // regional names of the trade
                trap("awul-awul", Verdict.VIOLATION, "Awul-awul baru buka, kaos 10 ribu"),
                trap("cakar", Verdict.VIOLATION, "Cakar Makassar isi jaket 25 ribu ji"),
                trap("babebo", Verdict.VIOLATION, "Babebo ready, celana 20rb"),
                trap("rombengan", Verdict.VIOLATION, "Rombengan jaket kulit 50rb di pasar"),
                trap("monza", Verdict.VIOLATION, "Monza Medan, kemeja bekas 15 ribu"),
                trap("cimol", Verdict.VIOLATION, "Cimol Gedebage jaket impor 30rb"),
                trap("baju Batam", Verdict.VIOLATION, "Baju Batam murah, kaos 25rb COD"),
                trap("balpres", Verdict.VIOLATION, "Balpres Korea isi hoodie, grosir"),
                trap("karungan", Verdict.VIOLATION, "Karungan Jepang isi sweater 20rb"),
                trap("grade kepala", Verdict.VIOLATION, "Grade kepala jaket 60rb, ready"),
                trap("BJ", Verdict.VIOLATION, "BJ ready, kemeja bekas Jepang 25rb"),
                trap("RB", Verdict.VIOLATION, "Baju RB murah, jaket 30rb"));
    }

    private static Arguments trap(String trap, Verdict expected, String text) {
        return Arguments.of(trap, expected, text);
    }

    @ParameterizedTest(name = "{0}: {2} -> {1}")
    @MethodSource("traps")
    void trapComesOutRight(String trap, Verdict expected, String text) {
        Decision decision = DECIDER.decide(ACTIVE, text);
        assertEquals(expected, decision.verdict(), trap + ": " + text + " (model " + decision.modelProbability()
                + ", rules " + decision.firedRules() + ", score " + decision.score() + ")");
    }

    /** Otherwise the test would only show that the model remembers its training posts. */
    @Test
    void noTrapSentenceIsInTheDataSet() {
        Set<String> seen = new HashSet<>();
        for (String split : DataSet.SPLITS) {
            DataSet.split(split).stream().map(LabelledPost::text).map(TrapsTest::lettersOnly).forEach(seen::add);
        }
        traps().forEach(arguments -> {
            String text = (String) arguments.get()[2];
            assertFalse(seen.contains(lettersOnly(text)), text);
        });
    }

    /** The traps are decided with the rule set the service seeds ACTIVE, not another one. */
    @Test
    void theRuleSetJudgedHereIsTheOneTheServiceSeedsActive() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("application.properties")) {
            properties.load(in);
        }
        assertEquals(ServiceNormaliser.RULE_SET, properties.getProperty("pantau.classifier.rule-set"));
        assertEquals(ServiceNormaliser.RULE_SET, defaultSeed());
    }

    /** The seed when no property names one. */
    private static String defaultSeed() {
        try {
            return ClassifierConfig.class.getMethod("ruleSet").getAnnotation(WithDefault.class).value();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String lettersOnly(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}]+", " ").trim().toLowerCase(Locale.ROOT);
    }
}
