package id.pantau.classifier.model;

/** One line of the data set: a post, its label ({@code VIOLATION} or {@code CLEAR}) and its category. */
public record LabelledPost(String id, String text, String label, String category, String template) {

    public static final String VIOLATION = "VIOLATION";
    public static final String CLEAR = "CLEAR";
    /** How {@code generate.py} names the near-duplicate groups of the hand-written posts (in place of a template). */
    public static final String HAND_WRITTEN_PREFIX = "hand-";

    public boolean violation() {
        return VIOLATION.equals(label);
    }

    /** Written one by one rather than from a template. */
    public boolean handWritten() {
        return template.startsWith(HAND_WRITTEN_PREFIX);
    }
}
