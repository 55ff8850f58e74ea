package id.pantau.classifier.domain.normalise;

import java.text.Normalizer;

/**
 * NFKC and simple case folding of one character cluster. NFKC turns full-width, "fancy font" and ligature
 * letters into plain ones; folding through upper case catches letters whose lower case is not their only
 * form (final sigma, long s), which a plain lower-casing would leave apart.
 */
public final class UnicodeFolding {

    private UnicodeFolding() {
    }

    public static String fold(String cluster) {
        String composed = Normalizer.normalize(cluster, Normalizer.Form.NFKC);
        StringBuilder folded = new StringBuilder(composed.length());
        composed.codePoints().forEach(cp -> folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp))));
        // Folding can produce a decomposable sequence again (rare); one more NFKC makes fold(fold(x)) = fold(x).
        return Normalizer.isNormalized(folded, Normalizer.Form.NFKC)
                ? folded.toString() : Normalizer.normalize(folded, Normalizer.Form.NFKC);
    }

    /** The ASCII case of {@link #fold}, without allocation: most posts are mostly ASCII. */
    public static char foldAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
