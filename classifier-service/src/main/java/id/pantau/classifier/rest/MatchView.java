package id.pantau.classifier.rest;

import id.pantau.events.MatchedTerm;

/** A matched span of the submitted text (start inclusive, end exclusive); exclusions carry a negative weight. */
public record MatchView(String ruleId, String term, int start, int end, double weight) {

    static MatchView of(MatchedTerm match) {
        return new MatchView(match.ruleId(), match.term(), match.start(), match.end(), match.weight());
    }
}
