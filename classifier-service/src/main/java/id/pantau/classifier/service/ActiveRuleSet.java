package id.pantau.classifier.service;

import id.pantau.classifier.config.ClassifierConfig;
import id.pantau.classifier.config.RuleSetLoader;
import id.pantau.classifier.domain.Classifier;
import id.pantau.classifier.domain.RuleSet;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * The rule set in force, loaded and compiled once at startup: an invalid rule file stops the service
 * from starting (with the loader's message) rather than classifying with a half-read policy.
 */
@Startup
@Singleton
public class ActiveRuleSet {

    private static final Logger LOG = Logger.getLogger(ActiveRuleSet.class);

    private final Classifier classifier;

    public ActiveRuleSet(ClassifierConfig config) {
        RuleSet ruleSet = RuleSetLoader.load(config.ruleSet());
        this.classifier = new Classifier(ruleSet);
        LOG.infof("Active rule set %s v%d (%d rules) from %s", ruleSet.id(), ruleSet.version(), ruleSet.rules().size(),
                config.ruleSet());
    }

    public Classifier classifier() {
        return classifier;
    }

    public RuleSet ruleSet() {
        return classifier.ruleSet();
    }
}
