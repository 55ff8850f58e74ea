package id.pantau.classifier.model;

import java.util.Map;

/**
 * Quality of one predictor on one split, for {@code VIOLATION} as the positive class. {@code recallByCategory}
 * covers the categories of violating posts (e.g. obfuscated, regional).
 */
public record Metrics(int posts, int truePositives, int falsePositives, int falseNegatives, double precision,
        double recall, double f1, Map<String, Double> recallByCategory) {

    public double recallOf(String category) {
        Double recall = recallByCategory.get(category);
        if (recall == null) {
            throw new IllegalArgumentException("No violating post of category " + category + " in this split");
        }
        return recall;
    }
}
