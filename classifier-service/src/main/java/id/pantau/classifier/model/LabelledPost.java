package id.pantau.classifier.model;

/** One line of the data set: a post, its label ({@code VIOLATION} or {@code CLEAR}) and its category. */
public record LabelledPost(String id, String text, String label, String category, String template) {

    public static final String VIOLATION = "VIOLATION";
    public static final String CLEAR = "CLEAR";

    public boolean violation() {
        return VIOLATION.equals(label);
    }
}
