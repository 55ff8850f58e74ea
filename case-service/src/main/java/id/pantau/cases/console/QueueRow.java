package id.pantau.cases.console;

import id.pantau.cases.domain.TakedownCase;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** One OPEN case as the queue lists it. */
public record QueueRow(UUID id, String priority, double score, String platform, String account, long reach,
        String externalId, Instant createdAt, Duration age) {

    static QueueRow of(TakedownCase c, Instant now) {
        return new QueueRow(c.id, c.priority.name(), c.score, c.platform,
                c.authorHandle != null ? "@" + c.authorHandle : c.authorId, c.reach, c.externalId, c.createdAt,
                Duration.between(c.createdAt, now));
    }

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
        return String.format(Locale.ROOT, "%.2f", score);
    }
}
