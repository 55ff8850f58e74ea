package id.pantau.cases.console;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** One OPEN case as the queue lists it. */
public record QueueRow(UUID id, String priority, double score, String platform, String account,
        String externalId, Instant createdAt, Duration age) {

    /** Age as a person reads it: minutes under an hour, hours under two days, days after. */
    public String ageText() {
        long minutes = age.toMinutes();
        if (minutes < 60) {
            return minutes + " m";
        }
        long hours = age.toHours();
        return hours < 48 ? hours + " h" : age.toDays() + " d";
    }

    public String scoreText() {
        return String.format(java.util.Locale.ROOT, "%.2f", score);
    }
}
