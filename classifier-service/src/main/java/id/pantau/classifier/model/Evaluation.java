package id.pantau.classifier.model;

import id.pantau.classifier.domain.Classifier;
import id.pantau.classifier.domain.Decision;
import id.pantau.events.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Judges the rules alone, the model alone and their {@link Combination} (exactly the service's decision,
 * {@link Combination#decide}) on a split of the data set, with
 * {@code VIOLATION} as the positive class (a {@code REVIEW} verdict does not count as a violation found).
 */
public final class Evaluation {

    /**
     * One post with what each half said about it: the rules' own verdict and score, the summed weights of the
     * evidence and exclusion rules that fired (what {@link Combination} weighs) and the model's probability.
     */
    public record Scored(LabelledPost post, Verdict ruleVerdict, double ruleScore, double evidence, double exclusion,
            double probability) {
    }

    /** {@code name} says what was judged, e.g. "test split". */
    public record Report(String name, Metrics rules, Metrics model, Metrics combined) {

        /** A Markdown table of the three predictors, as the module README shows it. */
        public String table() {
            StringBuilder out = new StringBuilder("| " + name + " | precision | recall | F1 | recall obfuscated"
                    + " | recall regional | false positives | false negatives |\n|---|---|---|---|---|---|---|---|\n");
            row(out, "rules alone", rules);
            row(out, "model alone (p ≥ 0.5)", model);
            row(out, "combined", combined);
            return out.toString();
        }

        private static void row(StringBuilder out, String name, Metrics m) {
            out.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %d | %d |%n",
                    name, m.precision(), m.recall(), m.f1(), m.recallOf("obfuscated"), m.recallOf("regional"),
                    m.falsePositives(), m.falseNegatives()));
        }
    }

    private final Classifier rules;
    private final TextModel model;

    public Evaluation(Classifier rules, TextModel model) {
        this.rules = rules;
        this.model = model;
    }

    public List<Scored> score(List<LabelledPost> posts) {
        List<Scored> scored = new ArrayList<>(posts.size());
        for (LabelledPost post : posts) {
            Decision decision = rules.classify(post.text());
            double probability = model.probability(ServiceNormaliser.words(rules.normaliser(), post.text()));
            scored.add(new Scored(post, decision.verdict(), decision.score(), Combination.evidence(decision.firedRules()),
                    Combination.exclusion(decision.firedRules()), probability));
        }
        return scored;
    }

    public Report report(String split, Combination combination) {
        return report(split + " split", DataSet.split(split), combination);
    }

    /** The three predictors on any labelled posts; {@code name} heads the table. */
    public Report report(String name, List<LabelledPost> posts, Combination combination) {
        List<Scored> scored = score(posts);
        return new Report(name,
                metrics(scored, s -> s.ruleVerdict() == Verdict.VIOLATION),
                metrics(scored, s -> s.probability() >= 0.5),
                metrics(scored, s -> combination.decide(rules, model, s.post().text()).verdict() == Verdict.VIOLATION));
    }

    public static Metrics metrics(List<Scored> scored, Predicate<Scored> predictsViolation) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        Map<String, int[]> byCategory = new TreeMap<>();
        for (Scored s : scored) {
            boolean predicted = predictsViolation.test(s);
            boolean actual = s.post().violation();
            if (actual) {
                int[] found = byCategory.computeIfAbsent(s.post().category(), c -> new int[2]);
                found[1]++;
                if (predicted) {
                    found[0]++;
                }
            }
            if (predicted && actual) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (actual) {
                fn++;
            }
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        Map<String, Double> recallByCategory = new TreeMap<>();
        byCategory.forEach((category, found) -> recallByCategory.put(category, (double) found[0] / found[1]));
        return new Metrics(scored.size(), tp, fp, fn, precision, recall, f1, recallByCategory);
    }
}
