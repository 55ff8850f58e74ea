package id.pantau.ingestion.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Limits of the content model, shared by request validation and the database columns. */
public final class ContentRules {

    public static final int MAX_ID_LENGTH = 256;
    public static final int MAX_URL_LENGTH = 2048;
    /** 64 KB of UTF-8 for each text field: the combined text, caption, title, transcript, on-screen text. */
    public static final int MAX_TEXT_BYTES = 65_536;
    /** A report's note, counted in Unicode code points as JSON Schema counts a string's length. */
    public static final int MAX_NOTE_CHARACTERS = 10_000;
    public static final int MAX_HASHTAGS = 500;
    public static final int MAX_HASHTAG_CHARACTERS = 256;
    public static final int MAX_MEDIA = 100;
    /** A BCP 47 language tag such as {@code id}, {@code jv} or {@code id-ID}. */
    public static final String LANGUAGE_TAG = "[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*";
    public static final int MAX_LANGUAGE_LENGTH = 35;
    public static final String SHA256_HEX = "[0-9a-f]{64}";
    public static final String MEDIA_TYPES = "VIDEO|IMAGE|AUDIO";

    private ContentRules() {
    }

    /** An absolute http or https URL with a host: something a reviewer can open as evidence. */
    public static boolean isWebUrl(String value) {
        if (value == null) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return uri.isAbsolute()
                    && (scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    public static int characters(String value) {
        return value.codePointCount(0, value.length());
    }

    /** The UTF-8 length without encoding the string; a lone surrogate counts as the 3 bytes of U+FFFD. */
    public static long utf8Bytes(String value) {
        long bytes = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** PostgreSQL cannot store U+0000 in text columns; it would fail the insert, so it is refused up front. */
    public static boolean isStorable(String value) {
        return value == null || value.indexOf('\u0000') < 0;
    }

    /**
     * What a connector may store of a platform's text: without NUL and cut to {@code maxBytes} of UTF-8. A push
     * client is refused for either; a platform's page cannot be sent back, and one bad field must not stop it.
     */
    public static String fit(String value, int maxBytes) {
        if (value == null) {
            return null;
        }
        String storable = value.indexOf('\u0000') < 0 ? value : value.replace("\u0000", "");
        long bytes = 0;
        int end = 0;
        while (end < storable.length()) {
            int codePoint = storable.codePointAt(end);
            int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            end += Character.charCount(codePoint);
        }
        return storable.substring(0, end);
    }
}
