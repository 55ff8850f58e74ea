package id.pantau.classifier.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pantau.classifier.domain.RuleSetStatus;
import id.pantau.classifier.domain.StoredRuleSet;
import java.time.Instant;

/**
 * A stored rule-set version. {@code definition} is the document as stored, with {@code version} set to
 * the stored version; it is left out of lists. {@code activatedBy}/{@code activatedAt} name its latest
 * activation (null for a version never activated).
 */
public record RuleSetVersionView(int version, String ruleSetId, RuleSetStatus status, String createdBy, Instant createdAt,
        Instant updatedAt, String activatedBy, Instant activatedAt, JsonNode definition) {

    static RuleSetVersionView summary(StoredRuleSet stored) {
        return of(stored, null);
    }

    static RuleSetVersionView full(StoredRuleSet stored, ObjectMapper json) {
        JsonNode definition;
        try {
            definition = json.readTree(stored.definition());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Stored rule-set version " + stored.version() + " is not JSON", e);
        }
        if (definition instanceof ObjectNode object) {
            object.put("version", stored.version());
        }
        return of(stored, definition);
    }

    private static RuleSetVersionView of(StoredRuleSet stored, JsonNode definition) {
        return new RuleSetVersionView(stored.version(), stored.ruleSetId().isEmpty() ? null : stored.ruleSetId(),
                stored.status(), stored.createdBy(), stored.createdAt(), stored.updatedAt(), stored.activatedBy(),
                stored.activatedAt(), definition);
    }
}
