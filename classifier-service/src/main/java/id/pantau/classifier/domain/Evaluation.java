package id.pantau.classifier.domain;

import id.pantau.events.Verdict;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How well decisions match labels. A VIOLATION verdict is the positive prediction; REVIEW and CLEAR are not
 * (a REVIEW still needs a person, so it does not count as catching the violation). Precision, recall and F1
 * are for VIOLATION and null where undefined (nothing predicted or nothing labelled positive). The
 * confusion matrix has the true labels as rows and the three verdicts as columns. Every item whose verdict
 * is not its label is listed, REVIEWs included.
 */
public record Evaluation(int items, Double precision, Double recall, Double f1, Map<Verdict, Map<Verdict, Integer>> confusion,
        List<CategoryResult> categories, List<Miss> misclassified) {

    /** Per category: how many items, how many labelled VIOLATION, the recall on those, and the accuracy. */
    public record CategoryResult(String category, int items, int violations, Double recall, double accuracy) {
    }

    public record Miss(int line, String text, Verdict label, String category, Verdict verdict, double score,
            List<String> firedRules) {
    }

    public static Evaluation of(List<LabelledText> items, List<Decision> decisions) {
        Map<Verdict, Map<Verdict, Integer>> confusion = new EnumMap<>(Verdict.class);
        for (Verdict label : List.of(Verdict.VIOLATION, Verdict.CLEAR)) {
            Map<Verdict, Integer> row = new EnumMap<>(Verdict.class);
            for (Verdict verdict : Verdict.values()) {
                row.put(verdict, 0);
            }
            confusion.put(label, row);
        }
        Map<String, int[]> byCategory = new TreeMap<>(); // items, violations, caught, correct
        List<Miss> misses = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            LabelledText item = items.get(i);
            Decision decision = decisions.get(i);
            confusion.get(item.label()).merge(decision.verdict(), 1, Integer::sum);
            boolean correct = decision.verdict() == item.label();
            if (item.category() != null) {
                int[] counts = byCategory.computeIfAbsent(item.category(), c -> new int[4]);
                counts[0]++;
                if (item.label() == Verdict.VIOLATION) {
                    counts[1]++;
                    counts[2] += correct ? 1 : 0;
                }
                counts[3] += correct ? 1 : 0;
            }
            if (!correct) {
                misses.add(new Miss(item.line(), item.text(), item.label(), item.category(), decision.verdict(), decision.score(),
                        decision.firedRules().stream().map(FiredRule::ruleId).toList()));
            }
        }
        int tp = confusion.get(Verdict.VIOLATION).get(Verdict.VIOLATION);
        int fp = confusion.get(Verdict.CLEAR).get(Verdict.VIOLATION);
        int positives = confusion.get(Verdict.VIOLATION).values().stream().mapToInt(Integer::intValue).sum();
        Double precision = ratio(tp, tp + fp);
        Double recall = ratio(tp, positives);
        Double f1 = precision == null || recall == null || precision + recall == 0 ? null
                : round(2 * precision * recall / (precision + recall));
        List<CategoryResult> categories = new ArrayList<>();
        byCategory.forEach((category, c) -> categories.add(new CategoryResult(category, c[0], c[1], ratio(c[2], c[1]),
                ratio(c[3], c[0]))));
        Map<Verdict, Map<Verdict, Integer>> ordered = new LinkedHashMap<>(confusion);
        return new Evaluation(items.size(), precision, recall, f1, ordered, categories, misses);
    }

    private static Double ratio(int numerator, int denominator) {
        return denominator == 0 ? null : round((double) numerator / denominator);
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000d;
    }
}
