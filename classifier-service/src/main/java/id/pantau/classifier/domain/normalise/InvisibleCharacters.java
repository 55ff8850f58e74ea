package id.pantau.classifier.domain.normalise;

/**
 * Characters that show nothing but can split a word for a keyword filter: zero-width spaces and joiners,
 * soft hyphens, byte-order marks, direction marks and control characters. They are dropped, so that
 * {@code thr\u200Bift} reads as "thrift". Tabs and line breaks are whitespace, not invisible: they still
 * separate words.
 */
public final class InvisibleCharacters {

    private static final int ASCII_END = 0x80;
    private static final int DELETE = 0x7F;

    private InvisibleCharacters() {
    }

    public static boolean isInvisible(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == 0x0B) {
            return false;
        }
        if (cp < ASCII_END) {
            // Asked for every space and punctuation mark of a post: in ASCII only the C0 controls and DEL are
            // CONTROL, and nothing is FORMAT, so Character.getType is not needed.
            return cp < ' ' || cp == DELETE;
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT;
    }
}
