package id.pantau.classifier.domain.normalise;

import java.util.Set;

/**
 * Reads the shape of a normalised word so that rules can name a kind of token instead of listing every
 * spelling: {@value #PRICE} for prices ({@code 45k}, {@code 60rb}, {@code 100ribu}, {@code rp50}, {@code rp}
 * before {@code 50.000}) and {@value #PHONE} for Indonesian phone numbers ({@code 0812…}, {@code 62812…},
 * {@code 0812xxxx}). One character scan per word, no regular expression. The placeholders contain braces,
 * which the scanner never leaves in a word, so they can only come from this class.
 */
public final class TokenShape {

    public static final String PRICE = "{price}";
    public static final String PHONE = "{phone}";

    private static final Set<String> PLACEHOLDERS = Set.of(PRICE, PHONE);
    private static final Set<String> PRICE_SUFFIXES = Set.of("k", "rb", "ribu", "rbu", "rban", "ribuan", "jt", "juta", "jtan");
    private static final int MIN_PHONE = 8;
    private static final int MAX_PHONE = 15;

    private TokenShape() {
    }

    /** True for a rule term that names a shape rather than words. */
    public static boolean isPlaceholder(String term) {
        return PLACEHOLDERS.contains(term.strip());
    }

    /** The placeholder the word stands for, or the word itself. */
    public static String key(String word) {
        if (isPrice(word)) {
            return PRICE;
        }
        return isPhone(word) ? PHONE : word;
    }

    static boolean isPrice(String word) {
        if (word.startsWith("rp")) {
            return word.length() == 2 || allDigits(word, 2, word.length());
        }
        int digits = leadingDigits(word);
        return digits > 0 && digits < word.length() && PRICE_SUFFIXES.contains(word.substring(digits));
    }

    /** A mobile number or its prefix: 08 then a digit 1-9, or 62 then 8; sellers mask the end with x. */
    static boolean isPhone(String word) {
        int length = word.length();
        if (length > MAX_PHONE || length < 4) {
            return false;
        }
        boolean local = word.charAt(0) == '0' && word.charAt(1) == '8' && word.charAt(2) >= '1' && word.charAt(2) <= '9';
        boolean international = length >= MIN_PHONE + 1 && word.startsWith("628");
        if (!local && !international) {
            return false;
        }
        int digits = leadingDigits(word);
        for (int i = digits; i < length; i++) {
            if (word.charAt(i) != 'x') {
                return false;
            }
        }
        return digits >= 4 && (digits == length || length >= MIN_PHONE);
    }

    private static int leadingDigits(String word) {
        int i = 0;
        while (i < word.length() && word.charAt(i) >= '0' && word.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    private static boolean allDigits(String word, int from, int to) {
        for (int i = from; i < to; i++) {
            if (word.charAt(i) < '0' || word.charAt(i) > '9') {
                return false;
            }
        }
        return from < to;
    }
}
