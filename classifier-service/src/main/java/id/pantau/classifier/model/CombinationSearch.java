package id.pantau.classifier.model;

import id.pantau.classifier.model.Evaluation.Scored;
import java.util.List;

/**
 * Chooses the {@link Combination} on scored VALIDATION posts, in three steps:
 * <ol>
 * <li>weights: of ruleWeight and exclusionWeight each in 0, 0.05 … {@link #MAX_WEIGHT}, the pair whose combined
 * score has the lowest Brier score (mean squared distance to the label, 1 for VIOLATION and 0 for CLEAR) — a
 * smooth measure, so a small validation split on which many pairs separate the classes still tells them apart;
 * ties go to the smaller weights (the model alone is the default the rules must earn their way from);</li>
 * <li>violation threshold: of 0.01 … 0.99, the one closest to 0.5 — the natural cut of a score that behaves
 * like a probability — at which VIOLATION has precision at least {@link #MIN_PRECISION} and recall at least
 * {@link #MIN_RECALL} (the targets with a margin); if none does, the best F1 at that precision. Taking the
 * best F1 outright would chase a few validation posts;</li>
 * <li>review threshold: the lowest at which at most {@link #MAX_CLEAR_IN_REVIEW} of the clear posts would reach
 * REVIEW or VIOLATION — the review queue catches the doubtful posts while its load of clear ones stays
 * bounded.</li>
 * </ol>
 */
public final class CombinationSearch {

    public static final double MIN_PRECISION = 0.97;
    public static final double MIN_RECALL = 0.92;
    public static final double MAX_CLEAR_IN_REVIEW = 0.05;
    public static final double MAX_WEIGHT = 2.0;

    private static final int STEPS = 100;
    private static final double WEIGHT_STEP = 0.05;
    private static final double EPSILON = 1e-9;

    private CombinationSearch() {
    }

    public static Combination choose(List<Scored> validation) {
        double[] weights = lowestBrierWeights(validation);
        double threshold = closestToHalfMeetingTargets(validation, weights);
        if (threshold < 0) {
            threshold = bestF1Threshold(validation, weights);
        }
        return new Combination(weights[0], weights[1], threshold, review(validation, weights, threshold));
    }

    /** The mean Brier score of the combined score at these weights. */
    public static double brier(List<Scored> posts, double ruleWeight, double exclusionWeight) {
        Combination combination = new Combination(ruleWeight, exclusionWeight, 1, 1);
        double sum = 0;
        for (Scored s : posts) {
            double error = score(combination, s) - (s.post().violation() ? 1 : 0);
            sum += error * error;
        }
        return sum / posts.size();
    }

    private static double[] lowestBrierWeights(List<Scored> posts) {
        int steps = (int) Math.round(MAX_WEIGHT / WEIGHT_STEP);
        double best = Double.MAX_VALUE;
        double[] chosen = {0, 0};
        for (int r = 0; r <= steps; r++) {
            for (int e = 0; e <= steps; e++) {
                double brier = brier(posts, r * WEIGHT_STEP, e * WEIGHT_STEP);
                if (brier < best - EPSILON) {
                    best = brier;
                    chosen = new double[] {round(r * WEIGHT_STEP), round(e * WEIGHT_STEP)};
                }
            }
        }
        return chosen;
    }

    private static double closestToHalfMeetingTargets(List<Scored> posts, double[] weights) {
        double best = -1;
        for (int t = 1; t < STEPS; t++) {
            double threshold = t / (double) STEPS;
            int[] counts = counts(posts, weights, threshold);
            int tp = counts[0];
            boolean meets = tp > 0 && (double) tp / (tp + counts[1]) >= MIN_PRECISION
                    && (double) tp / (tp + counts[2]) >= MIN_RECALL;
            if (meets && (best < 0 || Math.abs(threshold - 0.5) < Math.abs(best - 0.5) - EPSILON)) {
                best = threshold;
            }
        }
        return best;
    }

    private static double bestF1Threshold(List<Scored> posts, double[] weights) {
        double bestF1 = -1;
        double best = -1;
        for (int t = 1; t < STEPS; t++) {
            double threshold = t / (double) STEPS;
            double f1 = f1(posts, weights, threshold);
            if (f1 > bestF1 + EPSILON) {
                bestF1 = f1;
                best = threshold;
            }
        }
        if (best < 0) {
            throw new IllegalStateException("No threshold reaches a precision of " + MIN_PRECISION);
        }
        return best;
    }

    /** F1 at these weights and threshold, or -1 when precision is below the minimum. */
    private static double f1(List<Scored> posts, double[] weights, double threshold) {
        int[] counts = counts(posts, weights, threshold);
        int tp = counts[0];
        if (tp == 0 || (double) tp / (tp + counts[1]) < MIN_PRECISION) {
            return -1;
        }
        return 2.0 * tp / (2.0 * tp + counts[1] + counts[2]);
    }

    /** True positives, false positives, false negatives of "combined score at or above threshold". */
    private static int[] counts(List<Scored> posts, double[] weights, double threshold) {
        Combination combination = new Combination(weights[0], weights[1], threshold, threshold);
        int[] counts = new int[3];
        for (Scored s : posts) {
            boolean predicted = score(combination, s) >= threshold;
            if (predicted && s.post().violation()) {
                counts[0]++;
            } else if (predicted) {
                counts[1]++;
            } else if (s.post().violation()) {
                counts[2]++;
            }
        }
        return counts;
    }

    /** The lowest threshold at which no more than {@link #MAX_CLEAR_IN_REVIEW} of the clear posts are flagged. */
    private static double review(List<Scored> posts, double[] weights, double violation) {
        Combination combination = new Combination(weights[0], weights[1], violation, violation);
        long clear = posts.stream().filter(s -> !s.post().violation()).count();
        int top = (int) Math.round(violation * STEPS);
        for (int t = 1; t < top; t++) {
            double threshold = t / (double) STEPS;
            long flagged = posts.stream().filter(s -> !s.post().violation())
                    .filter(s -> score(combination, s) >= threshold).count();
            if (flagged <= MAX_CLEAR_IN_REVIEW * clear) {
                return threshold;
            }
        }
        return violation;
    }

    private static double score(Combination combination, Scored s) {
        return combination.score(s.evidence(), s.exclusion(), s.probability());
    }

    private static double round(double weight) {
        return Math.round(weight * 100) / 100.0;
    }
}
