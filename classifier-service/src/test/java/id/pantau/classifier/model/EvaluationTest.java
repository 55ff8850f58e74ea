package id.pantau.classifier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.pantau.classifier.model.Evaluation.Scored;
import id.pantau.events.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    /** The quality gate, on the fixed test split (no timing involved). */
    @Test
    void combinationMeetsTheTargetsOnTheTestSplit() {
        Evaluation evaluation = new Evaluation(ServiceNormaliser.rules(), new TribuoTextModel(TribuoTextModel.SHIPPED));
        Evaluation.Report report = evaluation.report(DataSet.TEST, Combination.CHOSEN);
        System.out.println(report.table());
        Metrics combined = report.combined();
        assertTrue(combined.precision() >= 0.95, "precision " + combined.precision());
        assertTrue(combined.recall() >= 0.90, "recall " + combined.recall());
        assertTrue(combined.recallOf("obfuscated") >= 0.80, "obfuscated recall " + combined.recallOf("obfuscated"));
        assertTrue(combined.recallOf("regional") >= 0.80, "regional recall " + combined.recallOf("regional"));
    }

    @Test
    void countsViolationAsThePositiveClass() {
        List<Scored> scored = List.of(
                scored("a", "VIOLATION", "obfuscated", 0.9),
                scored("b", "VIOLATION", "obfuscated", 0.2),
                scored("c", "VIOLATION", "regional", 0.8),
                scored("d", "CLEAR", "news", 0.7),
                scored("e", "CLEAR", "news", 0.1));
        Metrics m = Evaluation.metrics(scored, s -> s.probability() >= 0.5);
        assertEquals(2, m.truePositives());
        assertEquals(1, m.falsePositives());
        assertEquals(1, m.falseNegatives());
        assertEquals(2.0 / 3, m.precision(), 1e-12);
        assertEquals(2.0 / 3, m.recall(), 1e-12);
        assertEquals(2.0 / 3, m.f1(), 1e-12);
        assertEquals(0.5, m.recallOf("obfuscated"), 1e-12);
        assertEquals(1.0, m.recallOf("regional"), 1e-12);
    }

    private static Scored scored(String id, String label, String category, double probability) {
        return new Scored(new LabelledPost(id, "text " + id, label, category, category + "-00"), Verdict.CLEAR, 0, 0, 0,
                probability);
    }
}
