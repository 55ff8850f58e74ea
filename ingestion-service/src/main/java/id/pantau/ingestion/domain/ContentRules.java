package id.pantau.ingestion.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Limits of the content model, shared by request validation and the database columns. */
public final class ContentRules {

    public static final int MAX_ID_LENGTH = 256;
    public static final int MAX_URL_LENGTH = 2048;
    /** Counted in Unicode code points, as JSON Schema counts a string's length. */
    public static final int MAX_TEXT_CHARACTERS = 10_000;

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

    /** PostgreSQL cannot store U+0000 in text columns; it would fail the insert, so it is refused up front. */
    public static boolean isStorable(String value) {
        return value == null || value.indexOf('\u0000') < 0;
    }
}
