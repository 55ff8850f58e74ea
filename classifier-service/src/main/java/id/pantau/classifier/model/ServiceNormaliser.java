package id.pantau.classifier.model;

import id.pantau.classifier.config.RuleSetLoader;
import id.pantau.classifier.domain.Classifier;
import id.pantau.classifier.domain.normalise.Normaliser;
import id.pantau.classifier.domain.normalise.Word;
import java.util.List;

/**
 * The normalisation the model was trained with: the pipeline of the rule set the service ships (its words
 * join the dictionary, stemming as that rule set says). Training, evaluation and the service must read a
 * post alike, or the model sees words it never learnt.
 */
public final class ServiceNormaliser {

    public static final String RULE_SET = "classpath:rulesets/second-hand-clothing.v4.json";

    private ServiceNormaliser() {
    }

    public static Classifier rules() {
        return new Classifier(RuleSetLoader.load(RULE_SET));
    }

    public static List<String> words(Normaliser normaliser, String text) {
        return normaliser.words(text).stream().map(Word::text).toList();
    }
}
