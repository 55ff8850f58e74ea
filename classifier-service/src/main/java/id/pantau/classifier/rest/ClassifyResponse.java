package id.pantau.classifier.rest;

import id.pantau.classifier.domain.Decision;
import id.pantau.events.Verdict;
import java.util.List;

public record ClassifyResponse(Verdict verdict, double score, List<MatchView> matches, String ruleSetId, int ruleSetVersion) {

    static ClassifyResponse of(Decision decision) {
        return new ClassifyResponse(decision.verdict(), decision.score(),
                decision.matches().stream().map(MatchView::of).toList(), decision.ruleSetId(), decision.ruleSetVersion());
    }
}
