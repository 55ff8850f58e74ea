package id.pantau.classifier.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.pantau.classifier.domain.RuleKind;
import id.pantau.classifier.domain.RuleSet;
import id.pantau.classifier.service.RuleSetReplication;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleSetLoaderTest {

    private static final String VALID = """
            {
              "id": "test-set",
              "version": 3,
              "policy": "Test policy.",
              "thresholds": {"violation": 2.0, "review": 1.0},
              "rules": [
                {"id": "a", "kind": "terms", "weight": 2.0, "terms": ["bongkar bal"]},
                {"id": "b", "kind": "proximity", "weight": 1.5, "terms": ["hidden gem"], "near": ["jaket"], "window": 4},
                {"id": "c", "kind": "exclusion", "weight": 2.0, "description": "news", "terms": ["razia"]}
              ]
            }""";

    @Test
    void theShippedRuleSetIsValid() {
        RuleSet ruleSet = RuleSetLoader.load("classpath:rulesets/second-hand-clothing.v2.json");
        assertEquals("second-hand-clothing", ruleSet.id());
        assertEquals(2, ruleSet.version());
        assertEquals(2.0, ruleSet.thresholds().violation());
        assertEquals(1.0, ruleSet.thresholds().review());
        assertTrue(ruleSet.rules().stream().anyMatch(r -> r.kind() == RuleKind.EXCLUSION));
        assertTrue(ruleSet.rules().stream().anyMatch(r -> r.kind() == RuleKind.PROXIMITY));
    }

    @Test
    void stemmingIsOffUnlessTheFileTurnsItOn() {
        assertEquals(false, parse(VALID).stemming());
        assertEquals(true, parse(VALID.replace("\"version\": 3,", "\"version\": 3, \"stemming\": true,")).stemming());
        assertEquals(false, RuleSetLoader.load("classpath:rulesets/second-hand-clothing.v2.json").stemming());
    }

    @Test
    void theEarlierVersionStaysReadableForTheRecord() {
        assertEquals(1, RuleSetLoader.load("classpath:rulesets/second-hand-clothing.v1.json").version());
    }

    @Test
    void readsAValidFile() {
        RuleSet ruleSet = parse(VALID);
        assertEquals("test-set", ruleSet.id());
        assertEquals(3, ruleSet.version());
        assertEquals(List.of("a", "b", "c"), ruleSet.rules().stream().map(r -> r.id()).toList());
        assertEquals(RuleKind.PROXIMITY, ruleSet.rules().get(1).kind());
        assertEquals(List.of("jaket"), ruleSet.rules().get(1).near());
        assertEquals(4, ruleSet.rules().get(1).window());
        assertEquals(List.of(), ruleSet.rules().get(0).near());
        assertEquals(-2.0, ruleSet.rules().get(2).signedWeight());
    }

    @Test
    void readsAFileFromDisk(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("rules.json");
        Files.writeString(file, VALID);
        assertEquals("test-set", RuleSetLoader.load(file.toString()).id());
    }

    @Test
    void brokenJsonNamesTheLine() {
        String message = failure("{\n  \"id\": \"x\",\n  \"version\": 1,\n  \"policy\": \"p\"\n  \"rules\": []\n}");
        assertTrue(message.contains("is not valid JSON"), message);
        assertTrue(message.contains("line 5"), message);
    }

    @Test
    void truncatedFileIsRejected() {
        assertTrue(failure(VALID.substring(0, VALID.length() / 2)).contains("is not valid JSON"));
    }

    @Test
    void emptyFileIsRejected() {
        assertTrue(failure("").contains("test.json"));
    }

    @Test
    void misspelledKeyIsRejected() {
        String message = failure(VALID.replace("\"weight\": 1.5", "\"wieght\": 1.5"));
        assertTrue(message.contains("wieght"), message);
    }

    @Test
    void duplicateKeyIsRejected() {
        String message = failure(VALID.replace("\"version\": 3,", "\"version\": 3, \"version\": 4,"));
        assertTrue(message.contains("Duplicate field 'version'"), message);
    }

    @Test
    void trailingContentIsRejected() {
        assertTrue(failure(VALID + " {}").contains("is not valid JSON"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "\"id\": \"test-set\"|\"id\": \"Test Set\"|id must be lower-case letters",
            "\"version\": 3|\"version\": 0|version must be an integer of at least 1",
            "\"policy\": \"Test policy.\"|\"policy\": \"  \"|policy must be a non-blank text",
            "\"violation\": 2.0, \"review\": 1.0|\"violation\": 1.0, \"review\": 1.0|thresholds.violation must be greater than thresholds.review",
            "\"violation\": 2.0, \"review\": 1.0|\"violation\": 2.0, \"review\": -1|thresholds.review must be a positive number",
            "\"violation\": 2.0, \"review\": 1.0|\"violation\": 2.0|thresholds must give both violation and review",
            "\"kind\": \"terms\"|\"kind\": \"keywords\"|rules[0] 'a': kind must be one of terms, proximity, cooccurrence, exclusion (got 'keywords')",
            "\"weight\": 2.0, \"terms\"|\"weight\": -2.0, \"terms\"|rules[0] 'a': weight must be a positive number",
            "\"weight\": 2.0, \"terms\"|\"terms\"|rules[0] 'a': weight must be a positive number",
            "[\"bongkar bal\"]|[]|rules[0] 'a'.terms must list at least one term",
            "[\"bongkar bal\"]|[\"!!!\"]|rules[0] 'a'.terms[0] must contain at least one letter or digit (got '!!!')",
            "\"id\": \"b\"|\"id\": \"a\"|rules[1] 'a': id is used by another rule",
            "\"near\": [\"jaket\"]|\"near\": []|rules[1] 'b'.near must list at least one term",
            "\"window\": 4|\"window\": 0|rules[1] 'b': window must be a number of words from 1 to 50",
            "\"window\": 4|\"window\": 51|rules[1] 'b': window must be a number of words from 1 to 50",
            "\"terms\": [\"razia\"]|\"terms\": [\"razia\"], \"window\": 3|rules[2] 'c': near and window belong to proximity rules only",
            "[\"razia\"]|[\"Bongkar-Bal\"]|rules[2] 'c': term 'Bongkar-Bal' is also a term of rule 'a'",
            "\"kind\": \"terms\"|\"kind\": \"terms\", \"category\": \"fashion\"|rules[0] 'a': category must be one of trade_term, origin",
            "\"kind\": \"terms\"|\"kind\": \"terms\", \"category\": \"exclusion\"|rules[0] 'a': category exclusion belongs to exclusion rules",
            "\"weight\": 2.0, \"terms\"|\"weight\": 0, \"terms\"|rules[0] 'a': weight must be a positive number (or 0 for a terms rule",
            "\"terms\": [\"razia\"]|\"terms\": [\"razia\"], \"categories\": [\"origin\", \"clothing\"]|rules[2] 'c': categories belong to cooccurrence rules only",
    })
    void invalidContentIsRejectedWithAClearMessage(String original, String replacement, String expected) {
        String message = failure(VALID.replace(original, replacement));
        assertTrue(message.startsWith("Rule set test.json is invalid: "), message);
        assertTrue(message.contains(expected), () -> "expected '" + expected + "' in: " + message);
    }

    private static final String WITH_COOCCURRENCE = VALID.replace("{\"id\": \"c\", \"kind\": \"exclusion\"",
            "{\"id\": \"o\", \"kind\": \"terms\", \"category\": \"origin\", \"weight\": 0, \"terms\": [\"korea\", \"{price}\"]},"
            + "{\"id\": \"k\", \"kind\": \"terms\", \"category\": \"clothing\", \"weight\": 0, \"terms\": [\"jaket\"]},"
            + "{\"id\": \"x\", \"kind\": \"cooccurrence\", \"weight\": 1.0, \"categories\": [\"origin\", \"clothing\"], \"window\": 3},"
            + "{\"id\": \"c\", \"kind\": \"exclusion\"");

    @Test
    void vocabulariesOfWeightZeroAndCooccurrencesAreAccepted() {
        RuleSet ruleSet = RuleSetLoader.parse("test.json", WITH_COOCCURRENCE.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        id.pantau.classifier.domain.Rule rule = ruleSet.rules().get(4);
        assertEquals(id.pantau.classifier.domain.RuleKind.COOCCURRENCE, rule.kind());
        assertEquals(List.of(id.pantau.classifier.domain.Category.ORIGIN, id.pantau.classifier.domain.Category.CLOTHING),
                rule.categories());
        assertEquals(3, rule.window());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "\"window\": 3|\"window\": 51|rules[4] 'x': window must be a number of words from 0 (anywhere) to 50",
            "[\"origin\", \"clothing\"]|[\"origin\"]|rules[4] 'x'.categories must name exactly two categories",
            "[\"origin\", \"clothing\"]|[\"origin\", \"exclusion\"]|categories: 'exclusion' is not a category a term can have",
            "[\"origin\", \"clothing\"]|[\"origin\", \"contact\"]|rule 'x': no terms rule has category contact",
            "\"categories\"|\"terms\": [\"a\"], \"categories\"|a cooccurrence rule has no terms of its own",
    })
    void invalidCooccurrenceIsRejected(String original, String replacement, String expected) {
        String message = failure(WITH_COOCCURRENCE.replace(original, replacement));
        assertTrue(message.contains(expected), () -> "expected '" + expected + "' in: " + message);
    }

    @Test
    void theShippedVersion3IsValid() {
        RuleSet ruleSet = RuleSetLoader.load("classpath:rulesets/second-hand-clothing.v3.json");
        assertEquals(3, ruleSet.version());
    }

    @Test
    void noRulesIsRejected() {
        String message = failure("""
                {"id": "x", "version": 1, "policy": "p", "thresholds": {"violation": 2, "review": 1}, "rules": []}""");
        assertTrue(message.contains("rules must list at least one rule"), message);
    }

    @Test
    void exclusionsAloneAreRejected() {
        String message = failure("""
                {"id": "x", "version": 1, "policy": "p", "thresholds": {"violation": 2, "review": 1},
                 "rules": [{"id": "c", "kind": "exclusion", "weight": 2, "terms": ["razia"]}]}""");
        assertTrue(message.contains("exclusions alone can never score"), message);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        String message = failure(VALID.replace("\"version\": 3", "\"version\": 0").replace("\"weight\": 1.5", "\"weight\": 0"));
        assertTrue(message.contains("version must be"), message);
        assertTrue(message.contains("rules[1] 'b': weight must be a positive number"), message);
    }

    @Test
    void missingResourceAndMissingFileAreNamed(@TempDir Path dir) {
        assertTrue(assertThrows(InvalidRuleSetException.class, () -> RuleSetLoader.load("classpath:rulesets/nope.json"))
                .getMessage().contains("classpath:rulesets/nope.json not found"));
        String missing = dir.resolve("nope.json").toString();
        assertTrue(assertThrows(InvalidRuleSetException.class, () -> RuleSetLoader.load(missing))
                .getMessage().contains(missing + " does not exist"));
    }

    @Test
    void aBadRuleFileStopsStartup() {
        InvalidRuleSetException failure = assertThrows(InvalidRuleSetException.class,
                () -> RuleSetReplication.seeds("classpath:rulesets/broken-weight.json", List.of()));
        assertTrue(failure.getMessage().contains("classpath:rulesets/broken-weight.json is invalid"), failure.getMessage());
    }

    private static RuleSet parse(String json) {
        return RuleSetLoader.parse("test.json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static String failure(String json) {
        return assertThrows(InvalidRuleSetException.class, () -> parse(json)).getMessage();
    }
}
