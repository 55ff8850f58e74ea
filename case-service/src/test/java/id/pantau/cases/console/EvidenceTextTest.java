package id.pantau.cases.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.pantau.cases.console.EvidenceText.Match;
import id.pantau.cases.console.EvidenceText.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceTextTest {

    private static final String TEXT = "Bongkar bal impor Korea! Thrifting murah";

    @Test
    void matchesBecomeHighlightedSegmentsInTheOriginalText() {
        var segments = EvidenceText.segments(TEXT, List.of(
                new Match("thrifting", "thrifting", 25, 34, 1.0),
                new Match("bale-opening", "bongkar bal", 0, 11, 2.0)));
        assertEquals(List.of(
                new Segment("Bongkar bal", true, "bale-opening"),
                new Segment(" impor Korea! ", false, null),
                new Segment("Thrifting", true, "thrifting"),
                new Segment(" murah", false, null)), segments);
    }

    @Test
    void overlappingMatchesAreMarkedOnceAndOffsetsOutsideTheTextAreClipped() {
        var segments = EvidenceText.segments(TEXT, List.of(
                new Match("bale-opening", "bongkar bal", 0, 11, 2.0),
                new Match("bale-import", "bal impor", 8, 17, 2.0),
                new Match("stale", "x", 200, 210, 1.0)));
        assertEquals(List.of(
                new Segment("Bongkar bal", true, "bale-opening"),
                new Segment(" impor", true, "bale-import"),
                new Segment(" Korea! Thrifting murah", false, null)), segments);
    }

    @Test
    void readsMatchesAndRuleSetVersionFromTheSnapshot() {
        String snapshot = """
                {"classification":{"matches":[{"end":11,"ruleId":"bale-opening","start":0,"term":"bongkar bal","weight":2.0}],
                 "ruleSetId":"second-hand-clothing","ruleSetVersion":2},"content":{"text":"x"}}""";
        EvidenceText evidence = EvidenceText.of(TEXT, snapshot);
        assertEquals("second-hand-clothing", evidence.ruleSetId());
        assertEquals(2, evidence.ruleSetVersion());
        assertEquals("Bongkar bal", evidence.segments().getFirst().text());
        assertEquals(1, evidence.matches().size());
    }

    @Test
    void aCorruptSnapshotIsAnError() {
        assertThrows(IllegalStateException.class, () -> EvidenceText.of(TEXT, "{not json"));
    }
}
