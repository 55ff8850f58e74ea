package id.pantau.classifier.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.logging.Logger;
import org.tribuo.Model;
import org.tribuo.VariableIDInfo;
import org.tribuo.VariableInfo;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.math.la.DenseMatrix;

/**
 * The trained logistic regression, loaded at startup from the model card and the Tribuo model file it
 * names; a missing or unreadable model stops the service with a message naming the file. Tribuo is used to
 * read the model only: at load the two classes' weights are folded into one array indexed by hash slot
 * (a two-class softmax is the logistic function of the difference), so a post costs one memo look-up per
 * word for what depends on the word alone and one hash per word pair ({@link FeatureHashing#weigh}). Weights
 * are kept as floats (1 MB for 2^18 slots rather than 2 MB): the lookups are scattered, so the smaller array stays in cache better; the probability differs
 * from Tribuo's double arithmetic by less than 1e-6. Thread-safe: its only mutable part, the
 * {@link CharNgramMemo}, never changes a result.
 * <p>
 * {@code @Singleton} rather than {@code @ApplicationScoped}: it sits on the per-post path, where a client
 * proxy would only add an indirection.
 */
@Startup
@Singleton
public class TribuoTextModel implements TextModel {

    public static final String SHIPPED = "classpath:model/second-hand-clothing-lr.v2.json";

    private static final Logger LOG = Logger.getLogger(TribuoTextModel.class);
    private static final String CLASSPATH = "classpath:";
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final String version;
    private final FeatureHashing hashing;
    private final float[] weights;
    private final double bias;
    private final CharNgramMemo wordMemo;

    @Inject
    public TribuoTextModel(ModelConfig config) {
        this(config.card());
        LOG.infof("Text model %s loaded from %s", version, config.card());
    }

    /** Loads the card at {@code cardLocation} ({@code classpath:<resource>} or a file path) and its model file. */
    public TribuoTextModel(String cardLocation) {
        this(Loaded.from(cardLocation));
    }

    private TribuoTextModel(Loaded loaded) {
        this(loaded.card().version(), loaded.card().features(), loaded.model(), loaded.location());
    }

    /** A model just trained, before it is written: lets the trainer judge exactly what the service will run. */
    TribuoTextModel(String version, FeatureHashing hashing, LinearSGDModel model, String location) {
        this.version = version;
        this.hashing = hashing;
        this.weights = new float[hashing.dimension()];
        this.bias = fold(model, location, weights);
        this.wordMemo = new CharNgramMemo(hashing, weights);
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public double probability(List<String> normalisedWords) {
        int count = hashing.count(normalisedWords);
        double z = bias + (count == 0 ? 0 : hashing.weigh(normalisedWords, weights, wordMemo) / Math.sqrt(count));
        return 1 / (1 + Math.exp(-z));
    }

    FeatureHashing hashing() {
        return hashing;
    }

    /** Writes VIOLATION minus CLEAR weights per hash slot into {@code into}; returns the bias difference. */
    private static double fold(LinearSGDModel model, String location, float[] into) {
        int violation = model.getOutputIDInfo().getID(new Label(LabelledPost.VIOLATION));
        int clear = model.getOutputIDInfo().getID(new Label(LabelledPost.CLEAR));
        if (violation < 0 || clear < 0 || model.getOutputIDInfo().size() != 2) {
            throw new IllegalStateException("Text model file " + location + " must have exactly the labels "
                    + LabelledPost.VIOLATION + " and " + LabelledPost.CLEAR);
        }
        DenseMatrix w = model.getWeightsCopy();
        for (VariableInfo info : model.getFeatureIDMap()) {
            int column = ((VariableIDInfo) info).getID();
            into[slot(info.getName(), into.length, location)] = (float) (w.get(violation, column) - w.get(clear, column));
        }
        int biasColumn = w.getDimension2Size() - 1;
        return w.get(violation, biasColumn) - w.get(clear, biasColumn);
    }

    private static int slot(String feature, int dimension, String location) {
        try {
            int slot = Integer.parseInt(feature.substring(Training.FEATURE_PREFIX.length()));
            if (feature.startsWith(Training.FEATURE_PREFIX) && slot >= 0 && slot < dimension) {
                return slot;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalStateException("Text model file " + location + " has feature '" + feature
                + "', not a hash slot below " + dimension);
    }

    private static String sibling(String cardLocation, String fileName) {
        int slash = cardLocation.lastIndexOf('/');
        if (slash < 0) {
            return cardLocation.startsWith(CLASSPATH) ? CLASSPATH + fileName : fileName;
        }
        return cardLocation.substring(0, slash + 1) + fileName;
    }

    private static byte[] read(String location) {
        try {
            if (location.startsWith(CLASSPATH)) {
                String resource = location.substring(CLASSPATH.length());
                try (InputStream in = TribuoTextModel.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("Text model resource " + location + " is missing");
                    }
                    return in.readAllBytes();
                }
            }
            Path path = Path.of(location);
            if (!Files.isRegularFile(path)) {
                throw new IllegalStateException("Text model file " + location + " is missing");
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new IllegalStateException("Text model " + location + " cannot be read: " + e.getMessage(), e);
        }
    }

    private record Loaded(ModelCard card, LinearSGDModel model, String location) {

        static Loaded from(String cardLocation) {
            ModelCard card;
            try {
                card = JSON.readValue(read(cardLocation), ModelCard.class);
            } catch (IOException e) {
                throw new IllegalStateException("Text model card " + cardLocation + " is not a valid model card: "
                        + e.getMessage(), e);
            }
            if (card.version() == null || card.modelFile() == null || card.features() == null) {
                throw new IllegalStateException("Text model card " + cardLocation
                        + " lacks version, modelFile or features");
            }
            String modelLocation = sibling(cardLocation, card.modelFile());
            Model<?> model;
            try (InputStream in = new ByteArrayInputStream(read(modelLocation))) {
                model = Model.deserializeFromStream(in);
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("Text model file " + modelLocation
                        + " is corrupt or not a Tribuo model: " + e.getMessage(), e);
            }
            if (!(model instanceof LinearSGDModel linear)) {
                throw new IllegalStateException("Text model file " + modelLocation + " holds a "
                        + model.getClass().getSimpleName() + ", not a linear SGD classifier");
            }
            return new Loaded(card, linear, modelLocation);
        }
    }
}
