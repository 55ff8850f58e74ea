package id.pantau.classifier.model;

import id.pantau.classifier.domain.Classifier;
import id.pantau.classifier.model.Evaluation.Scored;
import id.pantau.events.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A second opinion on how well the model generalises, less noisy than one small test split: 5-fold
 * cross-validation over all posts, grouped by template (a template's posts are held out together) and spread
 * over the folds category by category. Each fold's model is trained with {@link Training#DEFAULT} on the
 * other four. Prints rules alone, model alone (p ≥ 0.5) and combined ({@link Combination#CHOSEN}, chosen once on
 * the validation split, not re-chosen per fold) over all held-out posts, then over the hand-written ones:
 * <pre>
 *   ./mvnw -B -pl classifier-service compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *       -Dexec.mainClass=id.pantau.classifier.model.CrossValidation -Dexec.classpathScope=compile
 * </pre>
 */
public final class CrossValidation {

    static final int FOLDS = 5;

    private CrossValidation() {
    }

    public static void main(String[] args) {
        Classifier rules = ServiceNormaliser.rules();
        List<LabelledPost> all = new ArrayList<>();
        DataSet.SPLITS.forEach(split -> all.addAll(DataSet.split(split)));
        Map<String, Integer> foldOfTemplate = folds(all);
        List<Scored> heldOut = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            int f = fold;
            List<LabelledPost> train = all.stream().filter(p -> foldOfTemplate.get(p.template()) != f).toList();
            List<LabelledPost> test = all.stream().filter(p -> foldOfTemplate.get(p.template()) == f).toList();
            TribuoTextModel model = new TribuoTextModel("fold-" + f, Training.DEFAULT.hashing(),
                    Training.DEFAULT.train(rules.normaliser(), train), "fold " + f);
            heldOut.addAll(new Evaluation(rules, model).score(test));
        }
        System.out.println(report("5-fold grouped cross-validation, " + heldOut.size() + " posts", heldOut).table());
        List<Scored> handWritten = heldOut.stream().filter(s -> s.post().handWritten()).toList();
        System.out.println(report("the same, hand-written posts only (" + handWritten.size() + ")", handWritten).table());
    }

    private static Evaluation.Report report(String name, List<Scored> heldOut) {
        return new Evaluation.Report(name,
                Evaluation.metrics(heldOut, s -> s.ruleVerdict() == Verdict.VIOLATION),
                Evaluation.metrics(heldOut, s -> s.probability() >= 0.5),
                Evaluation.metrics(heldOut, s -> Combination.CHOSEN.verdict(s.evidence(), s.exclusion(), s.probability())
                        == Verdict.VIOLATION));
    }

    /** Templates of each category in a fixed order (by name), dealt round-robin to the folds. */
    static Map<String, Integer> folds(List<LabelledPost> posts) {
        Map<String, List<String>> templatesByCategory = posts.stream().collect(Collectors.groupingBy(
                LabelledPost::category, TreeMap::new,
                Collectors.mapping(LabelledPost::template, Collectors.collectingAndThen(Collectors.toSet(),
                        set -> set.stream().sorted(Comparator.comparing(String::hashCode)
                                .thenComparing(Comparator.naturalOrder())).toList()))));
        Map<String, Integer> fold = new TreeMap<>();
        int next = 0;
        for (List<String> templates : templatesByCategory.values()) {
            for (String template : templates) {
                fold.put(template, next++ % FOLDS);
            }
        }
        return fold;
    }
}
