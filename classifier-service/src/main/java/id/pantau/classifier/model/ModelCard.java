package id.pantau.classifier.model;

import java.util.Map;

/**
 * What a model file is: written beside it by {@link Trainer} as {@code <version>.json}. {@code features} is
 * read back at load, so the model is fed exactly the features it was trained on; the rest is the record of
 * how it was made and how good it was.
 */
public record ModelCard(String version, String modelFile, String library, String algorithm, long seed, int epochs,
        double learningRate, double epsilon, String normaliser, String dataSetSha256, Map<String, Integer> posts,
        FeatureHashing features, Map<String, Metrics> metrics) {
}
