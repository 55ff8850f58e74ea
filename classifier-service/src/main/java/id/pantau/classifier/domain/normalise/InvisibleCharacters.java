package id.pantau.classifier.domain.normalise;

/**
 * Characters that show nothing but can split a word for a keyword filter: zero-width spaces and joiners,
 * soft hyphens, byte-order marks, direction marks and control characters. They are dropped, so that
 * {@code thr\u200Bift} reads as "thrift". Tabs and line breaks are whitespace, not invisible: they still
 * separate words.
 */
public final class InvisibleCharacters {

    private InvisibleCharacters() {
    }

    public static boolean isInvisible(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == 0x0B) {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT;
    }
}
