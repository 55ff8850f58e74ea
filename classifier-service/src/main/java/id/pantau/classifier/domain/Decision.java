package id.pantau.classifier.domain;

import id.pantau.events.MatchedTerm;
import id.pantau.events.Verdict;
import java.util.List;

/** The outcome of classifying one text, with the spans that explain it. */
public record Decision(Verdict verdict, double score, List<MatchedTerm> matches, String ruleSetId, int ruleSetVersion) {

    public Decision {
        matches = List.copyOf(matches);
    }
}
