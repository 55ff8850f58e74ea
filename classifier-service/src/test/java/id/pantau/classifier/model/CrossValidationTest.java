package id.pantau.classifier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CrossValidationTest {

    @Test
    void dealsEveryTemplateToOneFoldAndBalancesTheFolds() {
        List<LabelledPost> all = new ArrayList<>();
        DataSet.SPLITS.forEach(split -> all.addAll(DataSet.split(split)));
        Map<String, Integer> folds = CrossValidation.folds(all);
        assertEquals(all.stream().map(LabelledPost::template).distinct().count(), folds.size());
        int[] posts = new int[CrossValidation.FOLDS];
        all.forEach(p -> posts[folds.get(p.template())]++);
        for (int fold = 0; fold < CrossValidation.FOLDS; fold++) {
            double share = (double) posts[fold] / all.size();
            assertTrue(share > 0.15 && share < 0.25, "fold " + fold + " holds " + share);
        }
        assertEquals(folds, CrossValidation.folds(all), "the folds are fixed");
    }
}
