package id.pantau.cases.domain;

import java.util.List;

/** The warning ladder a platform climbs by letting SLA deadlines pass. */
public enum WarningLevel {
    NONE, FIRST, SECOND, THIRD;

    /**
     * The level a platform has reached after {@code breaches} breaches.
     *
     * @param thresholds the breach counts at which FIRST, SECOND and THIRD are reached, ascending
     */
    public static WarningLevel after(int breaches, List<Integer> thresholds) {
        WarningLevel reached = NONE;
        for (int step = 0; step < thresholds.size() && step < 3; step++) {
            if (breaches >= thresholds.get(step)) {
                reached = values()[step + 1];
            }
        }
        return reached;
    }
}
