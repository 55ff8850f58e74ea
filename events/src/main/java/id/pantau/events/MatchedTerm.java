package id.pantau.events;

/** A rule that fired, with the span of the original text it matched (start inclusive, end exclusive). */
public record MatchedTerm(String ruleId, String term, int start, int end, double weight) {
}
