package id.pantau.classifier.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.pantau.classifier.domain.Classifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tribuo.classification.sgd.linear.LinearSGDModel;

/**
 * Trains the text model on the train split and writes it with its card into the model folder:
 * <pre>
 *   ./mvnw -B -pl classifier-service compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *       -Dexec.mainClass=id.pantau.classifier.model.Trainer -Dexec.classpathScope=compile
 * </pre>
 * (optional argument: the output folder, default {@code classifier-service/src/main/resources/model} or
 * {@code src/main/resources/model}, whichever exists). It then prints the combination chosen on the
 * validation split, to be copied into {@link Combination#CHOSEN}, and the rules / model / combined table of
 * the validation and test splits for the README.
 */
public final class Trainer {

    public static final String VERSION = "second-hand-clothing-lr.v2";
    public static final String MODEL_FILE = VERSION + ".tribuo";
    public static final String CARD_FILE = VERSION + ".json";

    private Trainer() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = args.length > 0 ? Path.of(args[0]) : defaultFolder();
        Classifier rules = ServiceNormaliser.rules();
        TribuoTextModel model = write(folder, rules);
        Evaluation evaluation = new Evaluation(rules, model);
        List<Evaluation.Scored> validation = evaluation.score(DataSet.split(DataSet.VALIDATION));
        Combination chosen = CombinationSearch.choose(validation);
        System.out.println("Wrote " + folder.resolve(MODEL_FILE) + " (" + Files.size(folder.resolve(MODEL_FILE))
                + " bytes) and " + folder.resolve(CARD_FILE));
        System.out.println("Combination chosen on the validation split: " + chosen);
        for (double[] w : new double[][] {{0, 0}, {chosen.ruleWeight(), 0}, {0, chosen.exclusionWeight()},
                {chosen.ruleWeight(), chosen.exclusionWeight()}}) {
            System.out.printf(Locale.ROOT, "validation Brier at ruleWeight %.2f, exclusionWeight %.2f: %.4f%n",
                    w[0], w[1], CombinationSearch.brier(validation, w[0], w[1]));
        }
        System.out.println(evaluation.report(DataSet.VALIDATION, chosen).table());
        System.out.println(evaluation.report(DataSet.TEST, chosen).table());
        System.out.println(evaluation.report("test split, hand-written posts only", DataSet.split(DataSet.TEST).stream()
                .filter(LabelledPost::handWritten).toList(), chosen).table());
    }

    /** Trains with {@link Training#DEFAULT}, writes model and card into {@code folder}, returns the model as loaded. */
    public static TribuoTextModel write(Path folder, Classifier rules) throws IOException {
        Training training = Training.DEFAULT;
        LinearSGDModel trained = training.train(rules.normaliser(), DataSet.split(DataSet.TRAIN));
        Files.createDirectories(folder);
        trained.serializeToFile(folder.resolve(MODEL_FILE));

        TribuoTextModel model = new TribuoTextModel(VERSION, training.hashing(), trained, MODEL_FILE);
        Evaluation evaluation = new Evaluation(rules, model);
        Map<String, Metrics> metrics = new LinkedHashMap<>();
        Map<String, Integer> posts = new LinkedHashMap<>();
        for (String split : DataSet.SPLITS) {
            var scored = evaluation.score(DataSet.split(split));
            posts.put(split, scored.size());
            metrics.put(split, Evaluation.metrics(scored, s -> s.probability() >= 0.5));
        }
        ModelCard card = new ModelCard(VERSION, MODEL_FILE, "Oracle Tribuo 4.3.2 (tribuo-classification-sgd)",
                "logistic regression: LinearSGDTrainer, LogMulticlass, AdaGrad, minibatch 1; features are hashed word "
                        + "and character n-grams, value = count / sqrt(n-grams in the post)",
                training.seed(), training.epochs(), training.learningRate(), training.epsilon(),
                "Normaliser of rule set " + ServiceNormaliser.RULE_SET + ", stemming " + rules.ruleSet().stemming(),
                DataSet.sha256(), posts, training.hashing(), metrics);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(folder.resolve(CARD_FILE).toFile(), card);
        return model;
    }

    private static Path defaultFolder() {
        Path inReactor = Path.of("classifier-service", "src", "main", "resources", "model");
        return Files.isDirectory(inReactor) ? inReactor : Path.of("src", "main", "resources", "model");
    }
}
