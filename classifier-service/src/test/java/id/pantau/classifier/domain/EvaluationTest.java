package id.pantau.classifier.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.pantau.events.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    private static Decision decided(Verdict verdict) {
        return new Decision(verdict, verdict == Verdict.CLEAR ? 0 : 2, List.of(), "set", 1,
                List.of(new FiredRule("r", Category.TRADE_TERM, 2)), 2, Double.NaN, Decision.NO_MODEL);
    }

    private static LabelledText item(int line, Verdict label, String category) {
        return new LabelledText(line, "text " + line, label, category);
    }

    @Test
    void countsPrecisionRecallF1ConfusionAndCategories() {
        List<LabelledText> items = List.of(
                item(1, Verdict.VIOLATION, "obfuscated"), item(2, Verdict.VIOLATION, "obfuscated"),
                item(3, Verdict.VIOLATION, "regional"), item(4, Verdict.VIOLATION, null),
                item(5, Verdict.CLEAR, "news"), item(6, Verdict.CLEAR, "news"), item(7, Verdict.CLEAR, null));
        List<Decision> decisions = List.of(decided(Verdict.VIOLATION), decided(Verdict.REVIEW), decided(Verdict.VIOLATION),
                decided(Verdict.VIOLATION), decided(Verdict.VIOLATION), decided(Verdict.CLEAR), decided(Verdict.REVIEW));
        Evaluation evaluation = Evaluation.of(items, decisions);
        assertEquals(7, evaluation.items());
        assertEquals(0.75, evaluation.precision()); // 3 of 4 VIOLATION verdicts are right
        assertEquals(0.75, evaluation.recall()); // 3 of 4 violations caught; a REVIEW is not caught
        assertEquals(0.75, evaluation.f1());
        assertEquals(Map.of(Verdict.VIOLATION, 3, Verdict.REVIEW, 1, Verdict.CLEAR, 0), evaluation.confusion().get(Verdict.VIOLATION));
        assertEquals(Map.of(Verdict.VIOLATION, 1, Verdict.REVIEW, 1, Verdict.CLEAR, 1), evaluation.confusion().get(Verdict.CLEAR));
        assertEquals(List.of(
                        new Evaluation.CategoryResult("news", 2, 0, null, 0.5),
                        new Evaluation.CategoryResult("obfuscated", 2, 2, 0.5, 0.5),
                        new Evaluation.CategoryResult("regional", 1, 1, 1.0, 1.0)),
                evaluation.categories());
        assertEquals(List.of(2, 5, 7), evaluation.misclassified().stream().map(Evaluation.Miss::line).toList());
        assertEquals(List.of("r"), evaluation.misclassified().getFirst().firedRules());
    }

    @Test
    void undefinedRatiosAreNull() {
        Evaluation evaluation = Evaluation.of(List.of(item(1, Verdict.CLEAR, null)), List.of(decided(Verdict.CLEAR)));
        assertNull(evaluation.precision());
        assertNull(evaluation.recall());
        assertNull(evaluation.f1());
        assertEquals(List.of(), evaluation.misclassified());
    }
}
