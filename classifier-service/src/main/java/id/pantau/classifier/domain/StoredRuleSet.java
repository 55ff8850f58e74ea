package id.pantau.classifier.domain;

import java.time.Instant;

/**
 * One stored version of a rule set: its document as written (the rule-set file format; its {@code version}
 * key, if any, is overridden by the stored version) and its life. The latest activation, if any, says who
 * put it in force and when.
 */
public record StoredRuleSet(int version, String ruleSetId, RuleSetStatus status, String definition, String createdBy,
        Instant createdAt, Instant updatedAt, String activatedBy, Instant activatedAt) {
}
