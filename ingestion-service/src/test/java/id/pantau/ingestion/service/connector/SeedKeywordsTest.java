package id.pantau.ingestion.service.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedKeywordsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void positiveTermsRulesStrongestFirstLowerCasedWithoutRepeats() throws Exception {
        var ruleSet = JSON.readTree("""
                {"rules": [
                  {"kind": "terms", "weight": 0.5, "terms": ["thrift"]},
                  {"kind": "exclusion", "weight": 2.0, "terms": ["razia"]},
                  {"kind": "proximity", "weight": 1.5, "terms": ["hidden gem"]},
                  {"kind": "terms", "weight": 2.0, "terms": ["Bongkar Bal", "bal impor", " "]},
                  {"kind": "terms", "weight": 1.0, "terms": ["bongkar bal", "thrifting"]}]}""");
        assertEquals(List.of("bongkar bal", "bal impor", "thrifting", "thrift"), SeedKeywords.seeds(ruleSet, 20));
        assertEquals(List.of("bongkar bal", "bal impor"), SeedKeywords.seeds(ruleSet, 2));
    }

    @Test
    void anExplicitSeedListWins() throws Exception {
        var ruleSet = JSON.readTree("""
                {"seedKeywords": ["baju bekas impor"], "rules": [{"kind": "terms", "weight": 2.0, "terms": ["bal"]}]}""");
        assertEquals(List.of("baju bekas impor"), SeedKeywords.seeds(ruleSet, 20));
    }

    @Test
    void aRuleSetWithoutRulesHasNoSeeds() throws Exception {
        assertEquals(List.of(), SeedKeywords.seeds(JSON.readTree("{}"), 20));
    }
}
