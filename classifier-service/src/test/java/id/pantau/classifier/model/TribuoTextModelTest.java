package id.pantau.classifier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.pantau.classifier.domain.normalise.Normaliser;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDModel;

class TribuoTextModelTest {

    private static final TribuoTextModel MODEL = new TribuoTextModel(TribuoTextModel.SHIPPED);
    private static final Normaliser NORMALISER = ServiceNormaliser.rules().normaliser();

    private static List<String> words(String text) {
        return ServiceNormaliser.words(NORMALISER, text);
    }

    @Test
    void loadsTheShippedModel() {
        assertEquals(Trainer.VERSION, MODEL.version());
        assertEquals(FeatureHashing.DEFAULT, MODEL.hashing());
    }

    /** The folded weights must be exactly the model Tribuo trained, not an approximation of it. */
    @Test
    void agreesWithTribuosOwnPrediction() throws IOException {
        LinearSGDModel tribuo;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("model/" + Trainer.MODEL_FILE)) {
            tribuo = (LinearSGDModel) Model.deserializeFromStream(in);
        }
        for (LabelledPost post : DataSet.split(DataSet.TEST)) {
            List<String> words = words(post.text());
            double expected = tribuo.predict(Training.DEFAULT.example(words, new Label(post.label())))
                    .getOutputScores().get(LabelledPost.VIOLATION).getScore();
            assertEquals(expected, MODEL.probability(words), 1e-6, post.text());
        }
    }

    @Test
    void readsPostsThatAreNotInTheDataSet() {
        assertTrue(MODEL.probability(words("Bongkar bal Jepang nanti malam, jaket gunung 40rb, langsung WA ya")) > 0.5);
        assertTrue(MODEL.probability(words("Resep sambal matah khas Bali, pedasnya pas untuk makan siang")) < 0.5);
    }

    @Test
    void givesAProbabilityForAnEmptyPost() {
        double p = MODEL.probability(List.of());
        assertTrue(p > 0 && p < 1, "p = " + p);
    }

    @Test
    void isThreadSafe() {
        List<List<String>> posts = DataSet.split(DataSet.VALIDATION).stream().map(p -> words(p.text())).toList();
        double[] sequential = posts.stream().mapToDouble(MODEL::probability).toArray();
        double[] parallel = IntStream.range(0, posts.size()).parallel()
                .mapToDouble(i -> MODEL.probability(posts.get(i))).toArray();
        for (int i = 0; i < sequential.length; i++) {
            assertEquals(sequential[i], parallel[i], 0.0);
        }
    }

    /**
     * Reports the CPU time per post of the model alone (words already normalised), after a warm-up. Not a
     * timing assertion: the figure goes into the README; what is asserted is that repeated scoring gives the
     * same result.
     */
    @Test
    void scoresRepeatedlyTheSameAndReportsTheTimePerPost() {
        List<List<String>> posts = DataSet.split(DataSet.TEST).stream().map(p -> words(p.text())).toList();
        double once = 0;
        for (List<String> post : posts) {
            once += MODEL.probability(post);
        }
        int warmUp = 300;
        int rounds = 300;
        double sum = 0;
        for (int r = 0; r < warmUp; r++) {
            for (List<String> post : posts) {
                sum += MODEL.probability(post);
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (List<String> post : posts) {
                sum += MODEL.probability(post);
            }
        }
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        long wall = System.nanoTime() - wallStart;
        assertEquals(once * (warmUp + rounds), sum, 1e-6 * (warmUp + rounds));
        int calls = rounds * posts.size();
        System.out.printf(Locale.ROOT, "TribuoTextModel: %.2f µs CPU, %.2f µs wall per post (%d posts of %.1f normalised"
                + " words on average, %d rounds after %d warm-up rounds)%n", cpu / 1000.0 / calls, wall / 1000.0 / calls,
                posts.size(), posts.stream().mapToInt(List::size).average().orElse(0), rounds, warmUp);
    }

    @Test
    void refusesAMissingCard(@TempDir Path dir) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new TribuoTextModel(dir.resolve("absent.json").toString()));
        assertTrue(e.getMessage().contains("absent.json") && e.getMessage().contains("missing"), e.getMessage());
        IllegalStateException onClasspath = assertThrows(IllegalStateException.class,
                () -> new TribuoTextModel("classpath:model/absent.json"));
        assertTrue(onClasspath.getMessage().contains("classpath:model/absent.json"), onClasspath.getMessage());
    }

    @Test
    void refusesACorruptModelFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("card.json"), shippedCard(), StandardCharsets.UTF_8);
        Files.write(dir.resolve(Trainer.MODEL_FILE), new byte[] {0x0a, 0x7f, 0x13, 0x00, 0x42});
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new TribuoTextModel(dir.resolve("card.json").toString()));
        assertTrue(e.getMessage().contains(Trainer.MODEL_FILE) && e.getMessage().contains("corrupt"), e.getMessage());
    }

    @Test
    void refusesAMissingModelFileNamedByTheCard(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("card.json"), shippedCard(), StandardCharsets.UTF_8);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new TribuoTextModel(dir.resolve("card.json").toString()));
        assertTrue(e.getMessage().contains(Trainer.MODEL_FILE) && e.getMessage().contains("missing"), e.getMessage());
    }

    @Test
    void refusesABrokenCard(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("card.json"), "{\"version\": \"x\", \"features\": {\"dimension\": 1000}}");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new TribuoTextModel(dir.resolve("card.json").toString()));
        assertTrue(e.getMessage().contains("not a valid model card"), e.getMessage());
        Files.writeString(dir.resolve("card.json"), "{\"version\": \"x\"}");
        e = assertThrows(IllegalStateException.class, () -> new TribuoTextModel(dir.resolve("card.json").toString()));
        assertTrue(e.getMessage().contains("lacks"), e.getMessage());
    }

    private String shippedCard() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("model/" + Trainer.CARD_FILE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
