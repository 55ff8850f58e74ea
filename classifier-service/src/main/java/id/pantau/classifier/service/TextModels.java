package id.pantau.classifier.service;

import id.pantau.classifier.domain.Decision;
import id.pantau.classifier.model.TextModel;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The model when no trained one is installed: it says so (version {@value Decision#NO_MODEL}) and gives no
 * probability (NaN), so that {@link id.pantau.classifier.domain.DecisionPolicy} decides by the rules alone.
 * A trained {@link TextModel} bean replaces it without any change here.
 */
public class TextModels {

    @Produces
    @DefaultBean
    @Singleton
    TextModel noModel() {
        return new TextModel() {
            @Override
            public String version() {
                return Decision.NO_MODEL;
            }

            @Override
            public double probability(List<String> normalisedWords) {
                return Double.NaN;
            }
        };
    }
}
