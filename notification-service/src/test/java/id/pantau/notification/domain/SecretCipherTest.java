package id.pantau.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes();
    private final SecretCipher cipher = new SecretCipher(KEY);

    @Test
    void roundTrips() {
        String stored = cipher.encrypt("platform-secret-of-tiktok", "tiktok");
        assertEquals("platform-secret-of-tiktok", cipher.decrypt(stored, "tiktok"));
        assertFalse(stored.contains("platform-secret"));
        assertTrue(stored.startsWith("v1:"));
    }

    @Test
    void usesAFreshIvForEveryValue() {
        String first = cipher.encrypt("the same secret 123", "meta");
        String second = cipher.encrypt("the same secret 123", "meta");
        assertNotEquals(first, second);
        byte[] a = Base64.getDecoder().decode(first.substring(3));
        byte[] b = Base64.getDecoder().decode(second.substring(3));
        assertFalse(Arrays.equals(Arrays.copyOf(a, 12), Arrays.copyOf(b, 12)));
    }

    @Test
    void detectsTampering() {
        String stored = cipher.encrypt("platform-secret-of-tiktok", "tiktok");
        byte[] raw = Base64.getDecoder().decode(stored.substring(3));
        for (int position : new int[] {0, 11, 12, raw.length - 1}) {
            byte[] altered = raw.clone();
            altered[position] ^= 0x01;
            String tampered = "v1:" + Base64.getEncoder().encodeToString(altered);
            assertThrows(SecretCipher.TamperedSecretException.class, () -> cipher.decrypt(tampered, "tiktok"),
                    "byte " + position);
        }
        assertThrows(SecretCipher.TamperedSecretException.class, () -> cipher.decrypt(stored.substring(0, 20), "tiktok"));
        assertThrows(SecretCipher.TamperedSecretException.class, () -> cipher.decrypt("plain-text-secret", "tiktok"));
        assertThrows(SecretCipher.TamperedSecretException.class, () -> cipher.decrypt("v1:%%%", "tiktok"));
    }

    @Test
    void aCiphertextMovedToAnotherPlatformDoesNotDecrypt() {
        String stored = cipher.encrypt("platform-secret-of-tiktok", "tiktok");
        assertThrows(SecretCipher.TamperedSecretException.class, () -> cipher.decrypt(stored, "meta"));
    }

    @Test
    void anotherKeyCannotDecrypt() {
        String stored = cipher.encrypt("platform-secret-of-tiktok", "tiktok");
        var other = new SecretCipher("fedcba9876543210fedcba9876543210".getBytes());
        assertThrows(SecretCipher.TamperedSecretException.class, () -> other.decrypt(stored, "tiktok"));
    }

    @Test
    void acceptsOnly256BitKeys() {
        assertThrows(IllegalArgumentException.class, () -> new SecretCipher(new byte[16]));
        assertThrows(IllegalArgumentException.class, () -> SecretCipher.fromBase64("not base64!"));
        assertEquals("x-secret-value-16", SecretCipher.fromBase64(Base64.getEncoder().encodeToString(KEY))
                .decrypt(cipher.encrypt("x-secret-value-16", "x"), "x"));
    }
}
