package id.pantau.classifier.domain;

import id.pantau.events.Verdict;

/** Score limits: at or above {@code violation} is a violation, at or above {@code review} needs review. */
public record Thresholds(double violation, double review) {

    public Verdict verdictFor(double score) {
        if (score >= violation) {
            return Verdict.VIOLATION;
        }
        return score >= review ? Verdict.REVIEW : Verdict.CLEAR;
    }
}
