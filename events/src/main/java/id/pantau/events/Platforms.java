package id.pantau.events;

import java.util.Set;

/** Platform identifiers as they appear in events, in tokens' `platform` claim and in API paths. */
public final class Platforms {
    public static final Set<String> KNOWN = Set.of("tiktok", "meta", "youtube", "x", "shopee", "tokopedia");

    private Platforms() {
    }

    public static boolean isKnown(String platform) {
        return platform != null && KNOWN.contains(platform);
    }
}
