package id.pantau.classifier.model;

import java.util.List;

/**
 * The statistical half of a decision: a probability learnt from the project's labelled data set,
 * combined with the rule score so that wording no rule anticipated still counts.
 */
public interface TextModel {

    /** Names the trained model file; every classification records it beside the rule-set version. */
    String version();

    /** Probability in [0, 1] that the post promotes the banned trade, from its normalised words in order. */
    double probability(List<String> normalisedWords);
}
