package id.pantau.classifier.model;

import id.pantau.classifier.domain.normalise.Normaliser;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Logistic regression (Tribuo's linear SGD with the log loss, AdaGrad) over hashed n-grams. Tribuo shuffles
 * with the given seed and trains on one thread, so the same posts and settings give the same weights.
 * <p>
 * A feature's value is its count divided by the square root of the post's n-gram count, so that long and
 * short posts weigh alike; {@link TribuoTextModel} computes the same sum without building the vector.
 */
public record Training(FeatureHashing hashing, long seed, int epochs, double learningRate, double epsilon) {

    public static final Training DEFAULT = new Training(FeatureHashing.DEFAULT, 20261129L, 40, 1.0, 0.1);

    static final String FEATURE_PREFIX = "h";

    public LinearSGDModel train(Normaliser normaliser, List<LabelledPost> posts) {
        LabelFactory labels = new LabelFactory();
        MutableDataset<Label> data = new MutableDataset<>(
                new SimpleDataSourceProvenance("pantau second-hand-clothing data set " + DataSet.sha256(), labels),
                labels);
        for (LabelledPost post : posts) {
            data.add(example(ServiceNormaliser.words(normaliser, post.text()), new Label(post.label())));
        }
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(learningRate, epsilon),
                epochs, -1, 1, seed);
        return trainer.train(data);
    }

    /** A post as Tribuo sees it; also used to check the fast path against Tribuo's own prediction. */
    ArrayExample<Label> example(List<String> words, Label label) {
        Map<Integer, Integer> counts = new TreeMap<>();
        hashing.forEach(words, slot -> counts.merge(slot, 1, Integer::sum));
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        String[] names = new String[counts.size()];
        double[] values = new double[counts.size()];
        int i = 0;
        for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
            names[i] = FEATURE_PREFIX + entry.getKey();
            values[i] = entry.getValue() / Math.sqrt(total);
            i++;
        }
        return new ArrayExample<>(label, names, values);
    }
}
