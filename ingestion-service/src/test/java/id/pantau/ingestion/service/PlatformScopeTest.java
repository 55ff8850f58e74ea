package id.pantau.ingestion.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlatformScopeTest {

    @Test
    void aPlatformClaimLimitsToThatPlatform() {
        PlatformScope scope = PlatformScope.of(Optional.of("tiktok"), false);
        assertTrue(scope.covers("tiktok"));
        assertFalse(scope.covers("meta"));
    }

    @Test
    void aPlatformClaimWinsOverAnUnrestrictedRole() {
        PlatformScope scope = PlatformScope.of(Optional.of("tiktok"), true);
        assertTrue(scope.covers("tiktok"));
        assertFalse(scope.covers("meta"));
    }

    @Test
    void anUnrestrictedRoleWithoutClaimCoversEveryPlatform() {
        PlatformScope scope = PlatformScope.of(Optional.empty(), true);
        assertTrue(scope.covers("tiktok"));
        assertTrue(scope.covers("shopee"));
    }

    @Test
    void neitherClaimNorUnrestrictedRoleCoversNothing() {
        PlatformScope scope = PlatformScope.of(Optional.empty(), false);
        assertFalse(scope.covers("tiktok"));
        assertFalse(scope.covers(null));
    }
}
