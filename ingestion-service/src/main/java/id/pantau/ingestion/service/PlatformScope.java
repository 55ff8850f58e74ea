package id.pantau.ingestion.service;

import java.util.Optional;

/**
 * Which platforms' content a caller may touch. A token with a {@code platform} claim speaks for that
 * platform only, whatever else it carries; ministry users and crawlers are not platform-bound.
 */
public final class PlatformScope {

    private static final PlatformScope ALL = new PlatformScope(null, true);
    private static final PlatformScope NONE = new PlatformScope(null, false);

    private final String platform;
    private final boolean all;

    private PlatformScope(String platform, boolean all) {
        this.platform = platform;
        this.all = all;
    }

    /**
     * @param platformClaim the token's {@code platform} claim
     * @param unrestricted whether the caller holds a role that is not bound to one platform
     */
    public static PlatformScope of(Optional<String> platformClaim, boolean unrestricted) {
        if (platformClaim.isPresent()) {
            return new PlatformScope(platformClaim.get(), false);
        }
        return unrestricted ? ALL : NONE;
    }

    public boolean covers(String contentPlatform) {
        return all || (platform != null && platform.equals(contentPlatform));
    }
}
