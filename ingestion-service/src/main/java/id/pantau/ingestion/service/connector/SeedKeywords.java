package id.pantau.ingestion.service.connector;

import com.fasterxml.jackson.databind.JsonNode;
import id.pantau.ingestion.config.ConnectorsConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The keywords a run searches for: the seed keywords of classifier-service's active rule set, or the
 * configured ones when it cannot be asked (the reason is kept in the connector's status).
 */
@ApplicationScoped
public class SeedKeywords {

    private static final Logger LOG = Logger.getLogger(SeedKeywords.class);

    private final ClassifierClient classifier;
    private final ConnectorsConfig config;

    public SeedKeywords(@RestClient ClassifierClient classifier, ConnectorsConfig config) {
        this.classifier = classifier;
        this.config = config;
    }

    public record Keywords(List<String> values, String source) {
    }

    public Uni<Keywords> current() {
        return classifier.activeRuleSet()
                .map(ruleSet -> {
                    List<String> seeds = seeds(ruleSet, config.maxKeywords());
                    if (seeds.isEmpty()) {
                        throw new IllegalStateException("the active rule set has no seed keywords");
                    }
                    return new Keywords(seeds, "CLASSIFIER rule set " + ruleSet.path("id").asText("?") + " v"
                            + ruleSet.path("version").asText("?"));
                })
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("Connector keywords: classifier-service not usable (%s); using the configured ones", failure.toString());
                    return new Keywords(List.copyOf(config.fallbackKeywords()),
                            "CONFIGURED (classifier-service not usable: " + failure.getMessage() + ")");
                });
    }

    /**
     * An explicit {@code seedKeywords} list if the rule set has one; otherwise the terms of its positive
     * {@code terms} rules, strongest first: those name the thing itself, while proximity, co-occurrence and
     * exclusion terms only mean something next to other words.
     */
    static List<String> seeds(JsonNode ruleSet, int max) {
        Set<String> seeds = new LinkedHashSet<>();
        ruleSet.path("seedKeywords").forEach(k -> add(seeds, k.asText()));
        if (seeds.isEmpty()) {
            List<JsonNode> rules = new ArrayList<>();
            ruleSet.path("rules").forEach(rules::add);
            rules.stream()
                    .filter(rule -> rule.path("kind").asText("").equalsIgnoreCase("terms") && rule.path("weight").asDouble() > 0)
                    .sorted((a, b) -> Double.compare(b.path("weight").asDouble(), a.path("weight").asDouble()))
                    .forEach(rule -> rule.path("terms").forEach(term -> add(seeds, term.asText())));
        }
        return seeds.stream().limit(max).toList();
    }

    private static void add(Set<String> seeds, String term) {
        if (term != null && !term.isBlank()) {
            seeds.add(term.strip().toLowerCase(Locale.ROOT));
        }
    }
}
