package id.pantau.classifier.domain;

/** A rule that counted towards a decision, with the weight it added (negative for an exclusion). */
public record FiredRule(String ruleId, Category category, double weight) {
}
