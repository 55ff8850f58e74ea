package id.pantau.classifier.service;

import id.pantau.classifier.domain.Classifier;
import id.pantau.classifier.domain.Decision;
import id.pantau.classifier.model.Combination;
import id.pantau.classifier.model.TextModel;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * The whole path for one text ({@link Combination#decide}) with the service's model and combination. Every
 * decision of the service (classify, batch, the {@code content.ingested} consumer, the evaluate endpoint)
 * goes through here, so all of them use the same {@link Combination}: {@link Combination#CHOSEN}, which
 * {@code CombinationSearch} chose on the data set's validation split and {@code EvaluationTest} judges on the
 * test split through the same {@link Combination#decide}.
 */
@Singleton
public class Decider {

    private final TextModel model;
    private final Combination combination;

    /** In the service the model is the trained {@code TribuoTextModel}, the only {@link TextModel} bean. */
    @Inject
    public Decider(TextModel model) {
        this(model, Combination.CHOSEN);
    }

    public Decider(TextModel model, Combination combination) {
        this.model = model;
        this.combination = combination;
    }

    public Decision decide(Classifier classifier, String text) {
        return combination.decide(classifier, model, text);
    }

    public String modelVersion() {
        return model.version();
    }
}
