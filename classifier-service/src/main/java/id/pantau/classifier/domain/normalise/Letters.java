package id.pantau.classifier.domain.normalise;

/**
 * {@link Character#isLetter(char)} with the ASCII answer computed inline. The steps ask it for most
 * characters of a post, which are ASCII, and {@code Character.isLetter} goes through a property table
 * look-up that was a visible part of the per-post time; outside ASCII it is asked as before.
 */
final class Letters {

    private Letters() {
    }

    static boolean isLetter(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        return Character.isLetter(c);
    }
}
