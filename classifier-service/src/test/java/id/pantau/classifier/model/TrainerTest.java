package id.pantau.classifier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.pantau.classifier.domain.Classifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainerTest {

    /**
     * Training again from the committed data gives the committed model: the training is deterministic and
     * the shipped model file is not stale.
     */
    @Test
    void retrainingReproducesTheShippedModel(@TempDir Path dir) throws IOException {
        Classifier rules = ServiceNormaliser.rules();
        Trainer.write(dir, rules);
        assertTrue(Files.size(dir.resolve(Trainer.MODEL_FILE)) < 5_000_000, "model file too big for the repository");

        TribuoTextModel retrained = new TribuoTextModel(dir.resolve(Trainer.CARD_FILE).toString());
        TribuoTextModel shipped = new TribuoTextModel(TribuoTextModel.SHIPPED);
        assertEquals(shipped.version(), retrained.version());
        for (LabelledPost post : DataSet.split(DataSet.VALIDATION)) {
            List<String> words = ServiceNormaliser.words(rules.normaliser(), post.text());
            assertEquals(shipped.probability(words), retrained.probability(words), 1e-12, post.text());
        }
    }
}
