package id.pantau.classifier.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.pantau.classifier.config.RuleSetLoader;
import id.pantau.events.MatchedTerm;
import id.pantau.events.Verdict;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule set v3: vocabularies by category, co-occurrence, token shapes and the new exclusions. */
class CategoryRulesTest {

    private static final Classifier V3 = new Classifier(RuleSetLoader.load("classpath:rulesets/second-hand-clothing.v3.json"));

    private static Set<String> fired(Decision decision) {
        return decision.firedRules().stream().map(FiredRule::ruleId).collect(Collectors.toSet());
    }

    @Test
    void originNearClothingIsImportedClothing() {
        Decision decision = V3.classify("Jaket Korea masih mulus, cuma 45k, DM aja kak");
        assertTrue(fired(decision).containsAll(Set.of("imported-clothing", "clothing-for-sale", "origin-words",
                "clothing-words", "price-shape", "contact")), decision::toString);
        assertEquals(1.5, decision.score());
        assertEquals(Verdict.REVIEW, decision.verdict());
        assertTrue(decision.matches().contains(new MatchedTerm("imported-clothing", "korea ~ jaket", 0, 11, 1.0)),
                decision.matches()::toString);
        assertTrue(decision.matches().contains(new MatchedTerm("price-shape", "{price}", 30, 33, 0.0)),
                decision.matches()::toString);
    }

    @Test
    void originFarFromClothingDoesNotCount() {
        Decision decision = V3.classify("Liburan ke Korea kemarin seru sekali, pulangnya beli oleh oleh dan baju");
        assertTrue(!fired(decision).contains("imported-clothing"), decision::toString);
    }

    @Test
    void tradeTermWithAWayToBuyTipsIntoViolation() {
        Decision decision = V3.classify("Awul-awul ready, hubungi 0812-3456-7890");
        assertEquals(Set.of("regional-used-clothing", "contact", "trade-with-contact"), fired(decision));
        assertEquals(2.0, decision.score());
        assertEquals(Verdict.VIOLATION, decision.verdict());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "hoodie 45k|hoodie ~ {price}",
            "hoodie 60rb|hoodie ~ {price}",
            "hoodie 100ribu|hoodie ~ {price}",
            "hoodie rp50.000|hoodie ~ {price}",
            "hoodie Rp 75.000|hoodie ~ {price}",
    })
    void priceShapesAreOneCategory(String text, String term) {
        Decision decision = V3.classify(text);
        assertTrue(decision.matches().stream().anyMatch(m -> m.ruleId().equals("clothing-for-sale") && m.term().equals(term)),
                decision.matches()::toString);
    }

    @ParameterizedTest
    @CsvSource({"WA 08123456789", "wa 0812xxxx", "62812345678", "0812-3456-7890", "DM", "chat admin"})
    void contactShapesAndWordsAreOneCategory(String contact) {
        assertTrue(fired(V3.classify("bongkar bal sore ini " + contact)).contains("trade-with-contact"), contact);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ini bukan barang bal ya kak, produk lokal asli Bandung, jaket 150rb|explicit-denial",
            "Donasi baju layak pakai untuk korban banjir, jaket dan kaos diterima|donation",
            "Jual baju pemakaian pribadi, jaket 50rb, masih bagus|own-clothes",
    })
    void exclusionsSubtract(String text, String exclusion) {
        Decision decision = V3.classify(text);
        assertTrue(fired(decision).contains(exclusion), decision::toString);
        assertEquals(Verdict.CLEAR, decision.verdict(), decision::toString);
        assertTrue(decision.firedRules().stream().anyMatch(r -> r.ruleId().equals(exclusion) && r.weight() < 0));
    }

    @Test
    void firedRulesCarryCategoryAndSignedWeight() {
        Decision decision = V3.classify("Razia bongkar bal di Batam");
        assertEquals(List.of(new FiredRule("bale-opening", Category.TRADE_TERM, 2.0),
                new FiredRule("enforcement-news", Category.EXCLUSION, -2.0)), decision.firedRules());
    }

    @Test
    void phoneAndPriceShapesDoNotChangeTheNormalisedText() {
        String text = "jaket 45k wa 08123456789";
        String once = V3.normaliser().normalise(text);
        assertEquals("jaket 45k whatsapp 08123456789", once);
        assertEquals(once, V3.normaliser().normalise(once));
    }
}
