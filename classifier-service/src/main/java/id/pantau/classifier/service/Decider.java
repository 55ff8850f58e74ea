package id.pantau.classifier.service;

import id.pantau.classifier.config.ClassifierConfig;
import id.pantau.classifier.domain.Classifier;
import id.pantau.classifier.domain.Decision;
import id.pantau.classifier.domain.DecisionPolicy;
import id.pantau.classifier.domain.Token;
import id.pantau.classifier.model.TextModel;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/** The whole path for one text: normalise once, match the rules, ask the model, combine, explain. */
@Singleton
public class Decider {

    private final TextModel model;
    private final DecisionPolicy policy;

    @Inject
    public Decider(TextModel model, ClassifierConfig config) {
        this(model, new DecisionPolicy(config.decision().ruleWeight(), config.decision().modelWeight(),
                config.decision().violation(), config.decision().review()));
    }

    public Decider(TextModel model, DecisionPolicy policy) {
        this.model = model;
        this.policy = policy;
    }

    public Decision decide(Classifier classifier, String text) {
        List<Token> tokens = classifier.normaliser().tokens(text);
        Decision rules = classifier.classify(tokens);
        List<String> words = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            words.add(token.text());
        }
        return policy.decide(rules, classifier.ruleSet().thresholds(), model.probability(words), model.version());
    }

    public String modelVersion() {
        return model.version();
    }
}
