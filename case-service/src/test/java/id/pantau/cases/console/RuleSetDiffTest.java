package id.pantau.cases.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSetDiffTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void namesAddedRemovedAndChangedRulesTermsWeightsAndThresholds() throws Exception {
        JsonNode v2 = JSON.readTree("""
                {"id":"shc","version":2,"thresholds":{"violation":2.0,"review":1.0},"rules":[
                  {"id":"bale","kind":"terms","weight":2.0,"terms":["bongkar bal","bal korea"]},
                  {"id":"gem","kind":"proximity","weight":1.5,"terms":["hidden gem"],"near":["baju"],"window":5},
                  {"id":"old","kind":"terms","weight":1.0,"terms":["thrift"]}]}""");
        JsonNode v3 = JSON.readTree("""
                {"id":"shc","version":3,"thresholds":{"violation":2.5,"review":1.0},"rules":[
                  {"id":"bale","kind":"terms","weight":2.5,"terms":["bongkar bal","ball korea"]},
                  {"id":"gem","kind":"proximity","weight":1.5,"terms":["hidden gem"],"near":["baju","celana"],"window":3},
                  {"id":"import","kind":"terms","weight":1.0,"terms":["impor"]}]}""");

        RuleSetDiff diff = RuleSetDiff.of(2, v2, 3, v3);

        assertEquals(List.of(new RuleSetDiff.FieldChange("violation", "2.0", "2.5")), diff.thresholds());
        assertEquals(List.of("import"), diff.added().stream().map(RuleSetDiff.RuleChange::id).toList());
        assertEquals(List.of("impor"), diff.added().getFirst().addedTerms());
        assertEquals(List.of("old"), diff.removed().stream().map(RuleSetDiff.RuleChange::id).toList());
        assertEquals(List.of("thrift"), diff.removed().getFirst().removedTerms());

        var bale = diff.changed().get(0);
        assertEquals("bale", bale.id());
        assertTrue(bale.weightChanged());
        assertEquals("2.0", bale.weightBefore());
        assertEquals("2.5", bale.weightAfter());
        assertEquals(List.of("ball korea"), bale.addedTerms());
        assertEquals(List.of("bal korea"), bale.removedTerms());

        var gem = diff.changed().get(1);
        assertEquals(List.of("near: celana"), gem.addedTerms());
        assertEquals(List.of(new RuleSetDiff.FieldChange("window", "5", "3")), gem.otherChanges());
        assertTrue(!gem.weightChanged());
    }

    @Test
    void theSameDocumentHasNoDifference() throws Exception {
        JsonNode v = JSON.readTree("{\"thresholds\":{\"violation\":2.0},\"rules\":[{\"id\":\"a\",\"weight\":1,\"terms\":[\"x\"]}]}");
        assertTrue(RuleSetDiff.of(1, v, 1, v).isEmpty());
    }
}
